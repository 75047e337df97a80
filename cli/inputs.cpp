// Policy file discovery and loading.
#include "inputs.h"

#include <algorithm>
#include <filesystem>

#include "mesh/load_mesh.h"

namespace custos::cli {

namespace fs = std::filesystem;

std::vector<PolicyPath> collect_policy_files(const std::vector<std::string>& paths) {
  std::vector<PolicyPath> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (!fs::exists(p, ec)) {
      out.push_back({p, false, true});
      continue;
    }
    if (!fs::is_directory(p, ec)) {
      out.push_back({p});
      continue;
    }
    std::vector<std::string> found = mesh::policy_files_under(p);
    if (found.empty()) out.push_back({p, true});
    for (auto& f : found) out.push_back({std::move(f)});
  }
  return out;
}

bool load_source(const PolicyPath& p, SourceMap& sources, Diagnostics& diags, FileId& id, size_t max_bytes) {
  if (p.is_empty_dir) {
    id = sources.add(p.path, "");
    diags.report(DiagCode::E0005, Span{id, 0, 0, 0, 0}, "no `.custos` files found in `" + p.path + "`")
        .with_help("policy files end in `.custos`");
    return false;
  }
  if (p.missing) {
    id = sources.add(p.path, "");
    diags.report(DiagCode::E0004, Span{id, 0, 0, 0, 0}, "cannot read `" + p.path + "`: no such file or directory");
    return false;
  }
  ReadResult r = read_file_limited(p.path, max_bytes);
  if (!r.text) {
    id = sources.add(p.path, "");
    if (r.too_large) {
      diags.report(DiagCode::E0003, Span{id, 0, 0, 0, 0}, "cannot check `" + p.path + "`: " + r.error)
          .with_help("split the policies into several files");
    } else {
      diags.report(DiagCode::E0004, Span{id, 0, 0, 0, 0}, "cannot read `" + p.path + "`: " + r.error);
    }
    return false;
  }
  id = sources.add(p.path, std::move(*r.text));
  return true;
}

}  // namespace custos::cli
