// Loading the golden test mesh.
#include "support/golden_mesh.h"

#include <stdexcept>

#include "mesh/load_mesh.h"

namespace custos::testing {

GoldenMesh::GoldenMesh() {
  auto m = mesh::load_mesh(std::string(CUSTOS_SOURCE_DIR) + "/tests/golden/mesh/custos.yaml", sources, diags);
  if (!m || diags.size() != 0) throw std::runtime_error("the golden test mesh does not load cleanly");
  mesh = std::make_unique<Mesh>(std::move(*m));
}

const Product& GoldenMesh::product(const std::string& qualified) const {
  const Product* p = mesh->find_product(qualified);
  if (!p) throw std::runtime_error("no product " + qualified + " in the golden test mesh");
  return *p;
}

}  // namespace custos::testing
