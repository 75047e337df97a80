// Finding and loading the policy files named on the command line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace custos::cli {

struct PolicyPath {
  std::string path;
  bool is_empty_dir = false;  // a directory argument holding no .custos file
  bool missing = false;       // the path does not exist
};

// Expands directories recursively into their `.custos` files, sorted; hidden folders are skipped.
std::vector<PolicyPath> collect_policy_files(const std::vector<std::string>& paths);

// Reads one file into `sources` with the size limit, reporting unreadable/too-large files
// and empty directories as diagnostics. Returns false when there is nothing to parse.
bool load_source(const PolicyPath& p, SourceMap& sources, Diagnostics& diags, FileId& id, size_t max_bytes);

}  // namespace custos::cli
