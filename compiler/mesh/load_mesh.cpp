// Assembling a mesh from custos.yaml and its contract folders.
#include "mesh/load_mesh.h"

#include <algorithm>
#include <filesystem>

namespace custos::mesh {

namespace fs = std::filesystem;

std::optional<std::string> find_mesh_config(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  if (ec) return std::nullopt;
  if (!fs::is_directory(p, ec)) p = p.parent_path();
  for (; !p.empty(); p = p.parent_path()) {
    fs::path candidate = p / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) {
      // Keep paths relative when the user's was, so messages do not depend on the checkout.
      if (fs::path(path).is_relative()) {
        fs::path rel = fs::relative(candidate, fs::current_path(ec), ec);
        if (!ec && !rel.empty()) return rel.string();
      }
      return candidate.string();
    }
    if (p == p.root_path()) break;
  }
  return std::nullopt;
}

namespace {
std::vector<std::string> yaml_files_under(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::string ext = it->path().extension().string();
    if (it->is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) out.push_back(it->path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

std::optional<Mesh> load_mesh(const std::string& config_path, SourceMap& sources, Diagnostics& diags) {
  ReadResult cfg_text = read_file_limited(config_path);
  FileId cfg_id = sources.add(config_path, cfg_text.text ? *cfg_text.text : "");
  if (!cfg_text.text) {
    diags.report(DiagCode::E0004, Span{cfg_id, 0, 0, 0, 0}, "cannot read `" + config_path + "`: " + cfg_text.error);
    return std::nullopt;
  }
  auto cfg = load_config(cfg_id, sources, diags);
  if (!cfg) return std::nullopt;
  Mesh mesh;
  mesh.config = std::move(*cfg);
  for (const std::string& dir : mesh.config.contract_dirs) {
    fs::path full = fs::path(mesh.config.root) / dir;
    std::error_code ec;
    if (!fs::is_directory(full, ec)) {
      diags.report(DiagCode::E0308, Span{cfg_id, 0, 0, 0, 0}, "contract folder `" + full.string() + "` does not exist")
          .with_help("create it, or fix `contracts` in " + std::string(kConfigFileName));
      continue;
    }
    for (const std::string& path : yaml_files_under(full)) {
      ReadResult text = read_file_limited(path);
      FileId id = sources.add(path, text.text ? *text.text : "");
      if (!text.text) {
        diags.report(text.too_large ? DiagCode::E0003 : DiagCode::E0004, Span{id, 0, 0, 0, 0},
                     "cannot read `" + path + "`: " + text.error);
        continue;
      }
      size_t before = mesh.products.size();
      std::vector<Product> found;
      load_contract(id, sources, mesh.config, diags, found);
      for (auto& p : found) {
        auto same = std::find_if(mesh.products.begin(), mesh.products.end(),
                                 [&](const Product& q) { return q.qualified() == p.qualified(); });
        if (same != mesh.products.end()) {
          diags.report(DiagCode::E0306, p.span, "product `" + p.qualified() + "` is defined by two contracts")
              .label(same->span, "first defined here")
              .with_help("products are addressed as `<domain>.<object name>`: rename one schema object");
          continue;
        }
        mesh.products.push_back(std::move(p));
      }
      (void)before;
    }
  }
  mesh.reindex();
  return mesh;
}

}  // namespace custos::mesh
