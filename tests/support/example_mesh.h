// The example mesh (policies/examples), loaded, checked and lowered once for tests that decide
// on its data.
#pragma once

#include <memory>
#include <string>

#include "diag/diagnostic.h"
#include "ir/policy_set.h"
#include "model/mesh.h"

namespace custos::testing {

struct ExampleMesh {
  std::string root;  // policies/examples
  SourceMap sources;
  Diagnostics diags;
  std::unique_ptr<Mesh> mesh;
  std::unique_ptr<ir::PolicySet> set;

  // Throws std::runtime_error (with the diagnostics) when the examples do not check cleanly.
  ExampleMesh();
  // The JSON text of a file under the root, e.g. "requests/analyst.json".
  std::string read(const std::string& relative) const;
};

}  // namespace custos::testing
