// Checker golden files. golden/check/*.custos are checked one at a time against the test mesh in
// golden/mesh/; golden/contracts/*.yaml are loaded as contracts of that mesh; golden/config/*.yaml
// are loaded as mesh configurations. Each file's own diagnostics must equal its expectation block.
#include <catch2/catch.hpp>

#include <filesystem>

#include "check/check.h"
#include "check/coverage.h"
#include "diag/render.h"
#include "mesh/load_mesh.h"
#include "parse/parse.h"
#include "support/golden.h"

using namespace custos;

namespace {
std::string root() { return CUSTOS_GOLDEN_DIR; }

std::string render(Diagnostics& diags, const SourceMap& sources) {
  diags.sort_stable(sources);
  return render_human(diags, sources);
}
}  // namespace

TEST_CASE("the test mesh itself loads cleanly", "[golden][check]") {
  SourceMap sources;
  Diagnostics diags;
  auto mesh = mesh::load_mesh(root() + "/mesh/custos.yaml", sources, diags);
  INFO(render(diags, sources));
  REQUIRE(mesh);
  CHECK(diags.size() == 0);
  CHECK(mesh->products.size() == 3);
}

TEST_CASE("checker golden files", "[golden][check]") {
  // Relative paths keep the mesh's file names in the output stable.
  std::filesystem::current_path(root());
  for (const auto& path : testing::list_files(root() + "/check", ".custos")) {
    auto g = testing::read_golden(path, root());
    DYNAMIC_SECTION(g.relative) {
      SourceMap sources;
      Diagnostics diags;
      auto mesh = mesh::load_mesh("mesh/custos.yaml", sources, diags);
      REQUIRE(mesh);
      REQUIRE(diags.size() == 0);
      FileId id = sources.add(g.relative, g.input);
      std::vector<ast::File> files;
      files.push_back(parse::parse_file(id, sources, diags));
      auto program = check::check_program(*mesh, files, sources, diags);
      // Files named coverage_* also run the --require-coverage gate.
      if (g.relative.find("coverage_") != std::string::npos) {
        check::report_uncovered(check::coverage(*mesh, program), diags);
      }
      // Diagnostics that point into the mesh's files (coverage) are shown by product, not path.
      std::string actual;
      for (const auto& d : diags.all()) {
        if (d.span.file != id) actual += "[mesh] error[" + std::string(diag_info(d.code).id) + "]: " + d.message + "\n";
      }
      Diagnostics own;
      for (const auto& d : diags.all()) {
        if (d.span.file == id) own.report(d.code, d.span, d.message) = d;
      }
      actual = render(own, sources) + actual;
      std::string diff;
      bool same = testing::check_golden(g, actual, diff);
      INFO(diff);
      CHECK(same);
    }
  }
}

TEST_CASE("contract golden files", "[golden][check]") {
  SourceMap cfg_sources;
  Diagnostics cfg_diags;
  FileId cfg_id = cfg_sources.add("mesh/custos.yaml", testing::read_text(root() + "/mesh/custos.yaml"));
  auto cfg = mesh::load_config(cfg_id, cfg_sources, cfg_diags);
  REQUIRE(cfg);
  for (const auto& path : testing::list_files(root() + "/contracts", ".yaml")) {
    auto g = testing::read_golden(path, root());
    DYNAMIC_SECTION(g.relative) {
      SourceMap sources;
      Diagnostics diags;
      FileId id = sources.add(g.relative, g.input);
      std::vector<Product> products;
      mesh::load_contract(id, sources, *cfg, diags, products);
      std::string actual = render(diags, sources);
      for (const auto& p : products) actual += "product " + p.qualified() + " (" + std::to_string(p.columns.size()) + " columns)\n";
      std::string diff;
      bool same = testing::check_golden(g, actual, diff);
      INFO(diff);
      CHECK(same);
    }
  }
}

TEST_CASE("mesh configuration golden files", "[golden][check]") {
  for (const auto& path : testing::list_files(root() + "/config", ".yaml")) {
    auto g = testing::read_golden(path, root());
    DYNAMIC_SECTION(g.relative) {
      SourceMap sources;
      Diagnostics diags;
      FileId id = sources.add(g.relative, g.input);
      auto cfg = mesh::load_config(id, sources, diags);
      std::string actual = render(diags, sources);
      if (cfg) actual += "loaded: " + std::to_string(cfg->principal.size()) + " principal attributes, " +
                         std::to_string(cfg->tags.all().size()) + " tags\n";
      std::string diff;
      bool same = testing::check_golden(g, actual, diff);
      INFO(diff);
      CHECK(same);
    }
  }
}

// golden/lineage/*.yaml: one derived contract each, read with the test mesh's contracts so that
// its lineage resolves against them. Shows the diagnostics, then what each derived column ended
// up with.
TEST_CASE("lineage golden files", "[golden][check]") {
  std::filesystem::current_path(root());
  for (const auto& path : testing::list_files(root() + "/lineage", ".yaml")) {
    auto g = testing::read_golden(path, root());
    DYNAMIC_SECTION(g.relative) {
      SourceMap sources;
      Diagnostics diags;
      FileId cfg_id = sources.add("mesh/custos.yaml", testing::read_text(root() + "/mesh/custos.yaml"));
      auto cfg = mesh::load_config(cfg_id, sources, diags);
      REQUIRE(cfg);
      std::vector<FileId> files;
      for (const char* c : {"mesh/contracts/hr.yaml", "mesh/contracts/sales.yaml"}) {
        files.push_back(sources.add(c, testing::read_text(root() + "/" + c)));
      }
      FileId id = sources.add(g.relative, g.input);
      files.push_back(id);
      Mesh m = mesh::assemble_mesh(std::move(*cfg), files, sources, diags);
      std::string actual = render(diags, sources);
      for (const auto& p : m.products) {
        if (p.span.file != id) continue;
        for (const auto& c : p.columns) {
          if (c.sources.empty()) continue;
          actual += p.qualified() + "." + c.name + ": tags [";
          for (size_t i = 0; i < c.tags.size(); ++i) actual += (i ? ", " : "") + c.tags[i];
          actual += "]" + std::string(c.inherited_tags.empty() ? "" : " inherited") + ", classification " +
                    (c.classification.empty() ? "none" : c.classification) +
                    (c.classification_inherited ? " inherited" : "") + "\n";
        }
      }
      std::string diff;
      bool same = testing::check_golden(g, actual, diff);
      INFO(diff);
      CHECK(same);
    }
  }
}
