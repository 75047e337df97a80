#include "support/arrow_read.h"

#include <stdexcept>
#include <string>

#include "arrow_batch.h"

namespace custos::testing {

std::vector<std::vector<Scalar>> read_struct(const ArrowSchema& schema, const ArrowArray& array) {
  Product product;
  product.domain = "read";
  product.name = "back";
  for (int64_t i = 0; i < schema.n_children; ++i) {
    const ArrowSchema& child = *schema.children[i];
    std::string f = child.format;
    TypeKind kind = f == "u" || f == "U" ? TypeKind::String
                    : f == "b"           ? TypeKind::Bool
                    : f == "g" || f == "f" ? TypeKind::Float
                    : f == "tdD"         ? TypeKind::Date
                    : f.rfind("ts", 0) == 0 ? TypeKind::Timestamp
                                            : TypeKind::Int;
    Column c;
    c.name = child.name ? child.name : "";
    c.type = Type::of(kind);
    product.columns.push_back(c);
  }
  std::string error;
  auto view = eval::BatchView::make(&schema, &array, product, error);
  if (!view) throw std::runtime_error("output batch does not validate: " + error);
  std::vector<std::vector<Scalar>> rows;
  for (int64_t r = 0; r < view->length(); ++r) rows.push_back(view->row(r));
  return rows;
}

}  // namespace custos::testing
