// One mesh as the language server sees it: every file read (open documents from the editor, the
// rest from disk), parsed and checked exactly as `custos check` does, and kept for navigation.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "check/program.h"
#include "diag/diagnostic.h"
#include "mesh/load_mesh.h"
#include "model/mesh.h"

namespace custos::lsp {

struct AnalysisInputs {
  std::string config;                      // absolute path of custos.yaml; empty: `loose` alone, no mesh
  std::vector<std::string> loose;          // open policy files that are not in the mesh's policy folders
  mesh::FileReader read;                   // the editor's text for open files, the disk's for the rest
  std::optional<int64_t> now_micros;       // warn about rules that expired or expire within 30 days
  unsigned prove_timeout_ms = 0;           // > 0: prove the `assert`s too (on open and save)
};

struct Analysis {
  std::string config;
  SourceMap sources;
  Diagnostics diags;
  std::unique_ptr<Mesh> mesh;                // null when custos.yaml is missing or unusable
  std::vector<ast::File> files;              // checked: parsed without syntax errors
  std::vector<ast::File> broken;             // parsed with syntax errors: kept for navigation
  sema::Program program;                     // what the checker resolved (rules with their targets)
  std::map<std::string, FileId> ids;         // path -> file, for every file read

  std::optional<FileId> id(const std::string& path) const;
  const ast::File* file(FileId id) const;
  bool has_policy(const std::string& path) const;
};

std::unique_ptr<Analysis> analyze(const AnalysisInputs& in);

}  // namespace custos::lsp
