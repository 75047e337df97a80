// Mesh discovery, parsing and checking shared by `check` and `coverage`.
#include "pipeline.h"

#include <filesystem>

#include "check/check.h"
#include "inputs.h"
#include "mesh/load_mesh.h"
#include "options.h"
#include "parse/parse.h"

#include <ostream>

namespace custos::cli {

namespace fs = std::filesystem;

CheckedMesh load_and_check(const CheckInputs& in, SourceMap& sources, Diagnostics& diags) {
  CheckedMesh out;
  std::optional<std::string> config;
  if (in.syntax_only) {
    // parse only
  } else if (!in.mesh_config.empty()) {
    config = in.mesh_config;
  } else if (!in.paths.empty()) {
    config = mesh::find_mesh_config(in.paths[0]);
  }
  // Every path must belong to the same mesh: checking one mesh's policies against another's
  // contracts would report nonsense (or miss real problems).
  if (config && in.mesh_config.empty() && !in.syntax_only) {
    for (size_t i = 1; i < in.paths.size(); ++i) {
      auto other = mesh::find_mesh_config(in.paths[i]);
      std::error_code ec;
      if (other && !std::filesystem::equivalent(*other, *config, ec)) {
        FileId id = sources.add(in.paths[i], "");
        diags.report(DiagCode::E0006, Span{id, 0, 0, 0, 0},
                     "`" + in.paths[i] + "` belongs to the mesh of `" + *other + "`, not `" + *config + "`")
            .with_help("check one mesh at a time");
        return out;
      }
    }
  }
  std::optional<Mesh> mesh;
  if (config) mesh = mesh::load_mesh(*config, sources, diags);

  // A mesh root on the command line stands for the policy folders its configuration names.
  std::vector<std::string> paths;
  for (const std::string& p : in.paths) {
    std::error_code ec;
    bool is_root = mesh && fs::is_directory(p, ec) && fs::equivalent(fs::path(p), fs::path(mesh->config.root), ec);
    if (!is_root) {
      paths.push_back(p);
      continue;
    }
    for (const std::string& d : mesh->config.policy_dirs) paths.push_back((fs::path(p) / d).string());
  }

  auto policy_files = collect_policy_files(paths);
  std::optional<FileId> first_parsed;
  size_t done = 0;
  for (const PolicyPath& p : policy_files) {
    if (in.progress) in.progress(done++, policy_files.size());
    FileId id;
    if (!load_source(p, sources, diags, id, in.max_file_bytes)) continue;
    size_t errors_before = diags.error_count();
    ast::File file = parse::parse_file(id, sources, diags);
    if (!first_parsed) first_parsed = id;
    ++out.files_checked;
    // A file with syntax errors is not type-checked: its partial rules would only add noise.
    if (diags.error_count() == errors_before) out.files.push_back(std::move(file));
  }
  if (in.progress) in.progress(policy_files.size(), policy_files.size());
  if (!config && first_parsed && !in.syntax_only) {
    diags.report(DiagCode::E0007, Span{*first_parsed, 0, 0, 0, 0},
                 "no `custos.yaml` found here or in any parent folder, so nothing could be type-checked")
        .with_help("pass `--mesh path/to/custos.yaml` (or put it at the mesh root); to check syntax alone, pass "
                   "`--syntax-only`");
  }
  if (mesh) {
    out.mesh = std::make_unique<Mesh>(std::move(*mesh));
    out.program = check::check_program(*out.mesh, out.files, sources, diags, check::CheckLimits{in.max_rules});
  }
  return out;
}

bool require_clean_mesh(const CheckedMesh& checked, Diagnostics& diags, const SourceMap& sources, const char* what,
                        std::ostream& err, const Terminal& term) {
  if (checked.mesh && !diags.has_errors()) return true;
  emit_diagnostics(diags, sources, DiagnosticOutput{}, err, term, checked.files_checked);
  if (!checked.mesh) err << "error: " << what << " need a mesh configuration (`custos.yaml`)\n";
  return false;
}

std::unique_ptr<LoadedPolicies> load_policies(const CheckInputs& in, const char* what, std::ostream& err,
                                              const Terminal& term) {
  auto loaded = std::make_unique<LoadedPolicies>();
  loaded->checked = load_and_check(in, loaded->sources, loaded->diags);
  if (!require_clean_mesh(loaded->checked, loaded->diags, loaded->sources, what, err, term)) return nullptr;
  loaded->set = std::make_unique<ir::PolicySet>(ir::lower(*loaded->checked.mesh, std::move(loaded->checked.program)));
  return loaded;
}

}  // namespace custos::cli
