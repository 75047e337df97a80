// Loading a mesh: the configuration file (custos.yaml) and every ODCS contract it points at.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/mesh.h"

namespace custos::mesh {

inline constexpr const char* kConfigFileName = "custos.yaml";

// Reads custos.yaml (already in `sources` as `file`) into a MeshConfig.
std::optional<MeshConfig> load_config(FileId file, const SourceMap& sources, Diagnostics& diags);

// Reads one ODCS v3 contract (already in `sources`), appending its products to `out`. An ODPS
// data product (`kind: DataProduct`) in its place is appended to `data_products` (read and
// checked, then dropped, when that is null).
void load_contract(FileId file, const SourceMap& sources, const MeshConfig& config, Diagnostics& diags,
                   std::vector<Product>& out, std::vector<DataProductDecl>* data_products = nullptr);

// Reads the config at `config_path`, then all contracts (`*.yaml`, `*.yml` under its contract
// folders, sorted). Duplicate product names are reported. Returns nullopt when the config
// itself cannot be used; contract errors are reported and those contracts skipped.
// How the loader reads a file: from disk (read_file_limited) when empty; an editor passes one that
// answers the unsaved text of its open files.
using FileReader = std::function<ReadResult(const std::string& path)>;
std::optional<Mesh> load_mesh(const std::string& config_path, SourceMap& sources, Diagnostics& diags,
                              const FileReader& read = {});

// Reads the contracts `files` (already in `sources`) into a mesh with `config`, in file order;
// a product defined twice is reported. Used by load_mesh and by the bundle loader.
Mesh assemble_mesh(MeshConfig config, const std::vector<FileId>& files, const SourceMap& sources, Diagnostics& diags);

// The `.custos` files under folder `dir`, recursively and sorted; hidden folders (.git, editor
// state) are skipped.
std::vector<std::string> policy_files_under(const std::string& dir);

// The nearest `custos.yaml` in `path` (a file's folder, or a folder) or any parent folder.
std::optional<std::string> find_mesh_config(const std::string& path);

}  // namespace custos::mesh
