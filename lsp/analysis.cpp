// Loading, parsing and checking a mesh for the editor, with the pipeline of `custos check`.
#include "analysis.h"

#include <filesystem>

#include "assertion_diagnostics.h"
#include "check/check.h"
#include "check/expiry.h"
#include "ir/policy_set.h"
#include "parse/parse.h"

namespace custos::lsp {

namespace fs = std::filesystem;

std::optional<FileId> Analysis::id(const std::string& path) const {
  auto it = ids.find(path);
  return it == ids.end() ? std::nullopt : std::optional<FileId>(it->second);
}

const ast::File* Analysis::file(FileId id) const {
  for (const auto& f : files) {
    if (f.file == id) return &f;
  }
  for (const auto& f : broken) {
    if (f.file == id) return &f;
  }
  return nullptr;
}

bool Analysis::has_policy(const std::string& path) const {
  auto i = id(path);
  return i && file(*i) != nullptr;
}

namespace {
void parse_policy(const std::string& path, const AnalysisInputs& in, Analysis& a) {
  if (a.ids.count(path)) return;
  ReadResult r = in.read ? in.read(path) : read_file_limited(path);
  FileId id = a.sources.add(path, r.text ? std::move(*r.text) : std::string());
  a.ids[path] = id;
  if (!r.text) {
    if (r.too_large) {
      a.diags.report(DiagCode::E0003, Span{id, 0, 0, 0, 0}, "cannot check `" + path + "`: " + r.error)
          .with_help("split the policies into several files");
    } else {
      a.diags.report(DiagCode::E0004, Span{id, 0, 0, 0, 0}, "cannot read `" + path + "`: " + r.error);
    }
    return;
  }
  size_t errors_before = a.diags.error_count();
  ast::File file = parse::parse_file(id, a.sources, a.diags);
  // As in `custos check`: a file with syntax errors is not type-checked.
  (a.diags.error_count() == errors_before ? a.files : a.broken).push_back(std::move(file));
}
}  // namespace

std::unique_ptr<Analysis> analyze(const AnalysisInputs& in) {
  auto a = std::make_unique<Analysis>();
  a->config = in.config;
  std::optional<Mesh> mesh;
  if (!in.config.empty()) {
    mesh = mesh::load_mesh(in.config, a->sources, a->diags, in.read);
    for (size_t i = 0; i < a->sources.size(); ++i) a->ids[a->sources.file(static_cast<FileId>(i)).path()] = static_cast<FileId>(i);
  }
  if (mesh) {
    for (const std::string& dir : mesh->config.policy_dirs) {
      for (const std::string& path : mesh::policy_files_under((fs::path(mesh->config.root) / dir).lexically_normal().string())) {
        parse_policy(path, in, *a);
      }
    }
  }
  for (const std::string& path : in.loose) parse_policy(path, in, *a);
  if (in.config.empty()) {
    for (const auto& f : a->files) {
      a->diags.report(DiagCode::E0007, Span{f.file, 0, 0, 0, 0},
                      "no `custos.yaml` found here or in any parent folder, so nothing could be type-checked")
          .with_help("put a `custos.yaml` at the mesh root (see docs/mesh.md); until then only syntax is checked");
      break;
    }
  }
  if (mesh) {
    a->mesh = std::make_unique<Mesh>(std::move(*mesh));
    a->program = check::check_program(*a->mesh, a->files, a->sources, a->diags);
    if (in.now_micros) check::report_expiry(a->files, *in.now_micros, 30, a->diags);
    if (in.prove_timeout_ms && !a->diags.has_errors() && !a->program.assertions.empty()) {
      // Lowering consumes a program: prove over a second check of the same files.
      Diagnostics scratch;
      sema::Program again = check::check_program(*a->mesh, a->files, a->sources, scratch);
      const ir::PolicySet set = ir::lower(*a->mesh, std::move(again));
      analysis::report_assertions(set, a->sources, in.prove_timeout_ms, a->diags);
    }
  }
  a->diags.sort_stable(a->sources);
  return a;
}

}  // namespace custos::lsp
