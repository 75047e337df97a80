#include "mesh_files.h"

#include <filesystem>

namespace custos::cli {

namespace fs = std::filesystem;

namespace {
std::string relative_to_root(const std::string& path, const std::string& root) {
  std::error_code ec;
  fs::path rel = fs::relative(fs::path(path), fs::path(root.empty() ? "." : root), ec);
  return ec ? path : rel.generic_string();
}
}  // namespace

std::optional<std::vector<bundle::BundleFile>> mesh_files(const LoadedPolicies& loaded, std::ostream& err) {
  const Mesh& mesh = *loaded.checked.mesh;
  const std::string& root = mesh.config.root;
  std::vector<bundle::BundleFile> files;
  std::vector<bool> is_policy(loaded.sources.size(), false);
  for (const ast::File& f : loaded.checked.files) is_policy.at(f.file) = true;
  for (FileId id = 0; id < loaded.sources.size(); ++id) {
    const SourceFile& sf = loaded.sources.file(id);
    bundle::FileKind kind = id == mesh.config.file ? bundle::FileKind::Config
                            : is_policy[id]        ? bundle::FileKind::Policy
                                                   : bundle::FileKind::Contract;
    std::string ext = fs::path(sf.path()).extension().string();
    if (kind == bundle::FileKind::Contract && ext != ".yaml" && ext != ".yml") continue;
    std::string rel = relative_to_root(sf.path(), root);
    if (rel.rfind("../", 0) == 0) {
      err << "error: `" << sf.path() << "` is outside the mesh root `" << root << "`; a bundle holds one mesh\n";
      return std::nullopt;
    }
    files.push_back({rel, kind, std::string(sf.text())});
  }
  return files;
}

}  // namespace custos::cli
