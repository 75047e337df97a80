// Reading Arrow record batches (a struct array, format "+s", one child per column) for a product.
// The batch's schema is checked against the product's contract first: a batch that does not
// match is refused with a clear error (fail closed), never mis-read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "custos/arrow_c_data.h"
#include "plan.h"

namespace custos::eval {

// How one Arrow column is physically laid out.
enum class ArrowLayout : uint8_t { Bool, Int8, Int16, Int32, Int64, Float32, Float64, Utf8, LargeUtf8, Date32, Timestamp };

struct ArrowColumn {
  const Column* column = nullptr;   // the contract's column
  const ArrowArray* array = nullptr;
  ArrowLayout layout = ArrowLayout::Int64;
  int64_t timestamp_scale = 1;      // multiplier to microseconds (seconds: 1e6, millis: 1e3), or divisor for nanos (-1000)
  bool dictionary = false;          // values in array->dictionary, indices of `layout` in array
  ArrowLayout value_layout = ArrowLayout::Utf8;
};

class BatchView {
 public:
  // Validates `schema`/`array` against `product`. Columns are matched by name; a batch may carry
  // a subset of the product's columns (the others read as null) but no unknown column.
  static std::optional<BatchView> make(const ArrowSchema* schema, const ArrowArray* array, const Product& product,
                                       std::string& error);

  int64_t length() const { return length_; }
  const Product& product() const { return *product_; }
  // The value at `row` of the product column at `index` (null when the batch lacks the column).
  Scalar value(size_t index, int64_t row) const;
  // All product columns of one row, for the interpreter.
  std::vector<Scalar> row(int64_t row) const;
  const ArrowColumn* column(size_t index) const { return by_product_[index] < 0 ? nullptr : &columns_[static_cast<size_t>(by_product_[index])]; }

 private:
  const Product* product_ = nullptr;
  int64_t length_ = 0;
  std::vector<ArrowColumn> columns_;
  std::vector<int> by_product_;  // product column index -> position in columns_, or -1
};

// The interpreter's row kernel: indices of the visible rows of `batch`, ascending.
std::vector<uint32_t> select_rows(const Plan& plan, const BatchView& batch, const stdlib::NativeContext& natives);

}  // namespace custos::eval
