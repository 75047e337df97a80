#include "support/example_mesh.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "check/check.h"
#include "diag/render.h"
#include "mesh/load_mesh.h"
#include "parse/parse.h"

namespace custos::testing {

ExampleMesh::ExampleMesh() : root(std::string(CUSTOS_SOURCE_DIR) + "/policies/examples") {
  auto loaded = mesh::load_mesh(root + "/custos.yaml", sources, diags);
  if (loaded) mesh = std::make_unique<Mesh>(std::move(*loaded));
  if (!mesh) throw std::runtime_error("the example mesh does not load:\n" + render_human(diags, sources));
  std::vector<ast::File> files;
  for (const auto& entry : std::filesystem::directory_iterator(root + "/policies")) {
    files.push_back(parse::parse_file(sources.add(entry.path().string(), read("policies/" + entry.path().filename().string())),
                                      sources, diags));
  }
  auto program = check::check_program(*mesh, files, sources, diags);
  if (diags.has_errors()) throw std::runtime_error("the example policies do not check:\n" + render_human(diags, sources));
  set = std::make_unique<ir::PolicySet>(ir::lower(*mesh, std::move(program)));
}

std::string ExampleMesh::read(const std::string& relative) const {
  std::ifstream f(root + "/" + relative, std::ios::binary);
  if (!f) throw std::runtime_error("cannot read " + root + "/" + relative);
  std::stringstream text;
  text << f.rdbuf();
  return text.str();
}

}  // namespace custos::testing
