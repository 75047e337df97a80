// The front half of every command: find the mesh, parse the policy files, check them.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "check/check.h"
#include "check/program.h"
#include "ir/policy_set.h"
#include "diag/diagnostic.h"
#include "cli.h"
#include "model/mesh.h"

#pragma once

namespace custos::cli {

struct CheckInputs {
  // Called as files are parsed (done, total) when set; commands set it only for a terminal.
  std::function<void(size_t, size_t)> progress;
  std::vector<std::string> paths;
  std::string mesh_config;  // explicit --mesh; empty means "search upwards from the first path"
  bool syntax_only = false;  // parse only: no mesh is looked for, nothing is type-checked
  size_t max_file_bytes = kMaxSourceBytes;
  size_t max_rules = check::CheckLimits{}.max_rules;
};

struct CheckedMesh {
  size_t files_checked = 0;
  std::vector<ast::File> files;
  std::unique_ptr<Mesh> mesh;  // null when no configuration was found or it failed to load
  sema::Program program;
};

// Parses every policy file under `paths` and, when a mesh configuration is found, loads the
// contracts and type-checks the policies against them.
CheckedMesh load_and_check(const CheckInputs& in, SourceMap& sources, Diagnostics& diags);

// Everything a decision-making command needs, kept alive together.
struct LoadedPolicies {
  SourceMap sources;
  Diagnostics diags;
  CheckedMesh checked;
  std::unique_ptr<ir::PolicySet> set;
};
// Loads and checks, then lowers to the decision IR; nullptr (after reporting to `err`) when the
// mesh is missing or has errors.
std::unique_ptr<LoadedPolicies> load_policies(const CheckInputs& in, const char* what, std::ostream& err,
                                              const Terminal& term);

// For commands that need a clean mesh: true when there is one; otherwise the diagnostics (and
// why `what` needs a mesh) are written to `err`.
bool require_clean_mesh(const CheckedMesh& checked, Diagnostics& diags, const SourceMap& sources, const char* what,
                        std::ostream& err, const Terminal& term);

}  // namespace custos::cli
