// The golden test mesh (tests/golden/mesh), loaded once for tests, fuzzers and benchmarks.
#pragma once

#include <memory>
#include <string>

#include "model/mesh.h"
#include "diag/diagnostic.h"

namespace custos::testing {

struct GoldenMesh {
  SourceMap sources;
  Diagnostics diags;
  std::unique_ptr<Mesh> mesh;

  // Throws std::runtime_error when the mesh does not load cleanly.
  GoldenMesh();
  const Product& product(const std::string& qualified) const;
  size_t index(const std::string& qualified) const { return static_cast<size_t>(&product(qualified) - mesh->products.data()); }
};

}  // namespace custos::testing
