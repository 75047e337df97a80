// Assembling a mesh from custos.yaml and its contract folders.
#include "mesh/load_mesh.h"

#include "mesh/lineage.h"

#include <algorithm>
#include <atomic>
#include <thread>
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

std::vector<std::string> policy_files_under(const std::string& dir) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& entry = it->path();
    std::string name = entry.filename().string();
    if (it->is_directory(ec) && !name.empty() && name[0] == '.') {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && entry.extension() == ".custos") found.push_back(entry.string());
  }
  std::sort(found.begin(), found.end());
  return found;
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

std::optional<Mesh> load_mesh(const std::string& config_path, SourceMap& sources, Diagnostics& diags,
                              const FileReader& reader) {
  auto read = [&](const std::string& path) { return reader ? reader(path) : read_file_limited(path); };
  ReadResult cfg_text = read(config_path);
  FileId cfg_id = sources.add(config_path, cfg_text.text ? *cfg_text.text : "");
  if (!cfg_text.text) {
    diags.report(DiagCode::E0004, Span{cfg_id, 0, 0, 0, 0}, "cannot read `" + config_path + "`: " + cfg_text.error);
    return std::nullopt;
  }
  auto cfg = load_config(cfg_id, sources, diags);
  if (!cfg) return std::nullopt;
  std::vector<FileId> files;
  for (const std::string& dir : cfg->contract_dirs) {
    fs::path full = fs::path(cfg->root) / dir;
    std::error_code ec;
    if (!fs::is_directory(full, ec)) {
      diags.report(DiagCode::E0308, Span{cfg_id, 0, 0, 0, 0}, "contract folder `" + full.string() + "` does not exist")
          .with_help("create it, or fix `contracts` in " + std::string(kConfigFileName));
      continue;
    }
    for (const std::string& path : yaml_files_under(full)) {
      ReadResult text = read(path);
      FileId id = sources.add(path, text.text ? *text.text : "");
      if (!text.text) {
        diags.report(text.too_large ? DiagCode::E0003 : DiagCode::E0004, Span{id, 0, 0, 0, 0},
                     "cannot read `" + path + "`: " + text.error);
        continue;
      }
      files.push_back(id);
    }
  }
  return assemble_mesh(std::move(*cfg), files, sources, diags);
}

Mesh assemble_mesh(MeshConfig config, const std::vector<FileId>& files, const SourceMap& sources, Diagnostics& diags) {
  Mesh mesh;
  mesh.config = std::move(config);
  // Contracts are independent documents: parse them on every core, then merge in file order
  // so that products and diagnostics never depend on scheduling.
  struct Loaded {
    Diagnostics diags;
    std::vector<Product> products;
    std::vector<DataProductDecl> data_products;
  };
  std::vector<Loaded> loaded(files.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < files.size(); i = next++) {
      load_contract(files[i], sources, mesh.config, loaded[i].diags, loaded[i].products, &loaded[i].data_products);
    }
  };
  size_t threads = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), 8);
  threads = std::min(threads, std::max<size_t>(1, files.size() / 16));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  for (auto& l : loaded) {
    diags.append(l.diags);
    for (auto& d : l.data_products) mesh.data_products.push_back(std::move(d));
    for (auto& p : l.products) {
      if (const Product* same = mesh.find_product(p.qualified())) {
        diags.report(DiagCode::E0306, p.span, "product `" + p.qualified() + "` is defined by two contracts")
            .label(same->span, "first defined here")
            .with_help("products are addressed as `<domain>.<object name>`: rename one schema object");
        continue;
      }
      mesh.products.push_back(std::move(p));
      mesh.index.emplace(mesh.products.back().qualified(), mesh.products.size() - 1);
    }
  }
  mesh.reindex();
  resolve_lineage(mesh, diags);
  return mesh;
}

}  // namespace custos::mesh
