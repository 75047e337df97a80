// Every file in golden/syntax/ is parsed; its diagnostics must equal the expectation block.
#include <catch2/catch.hpp>

#include "diag/render.h"
#include "parse/parse.h"
#include "support/golden.h"

using namespace custos;

TEST_CASE("syntax golden files", "[golden]") {
  std::string root = CUSTOS_GOLDEN_DIR;
  auto files = testing::list_files(root + "/syntax", ".custos");
  REQUIRE(!files.empty());
  for (const auto& path : files) {
    auto g = testing::read_golden(path, root);
    DYNAMIC_SECTION(g.relative) {
      SourceMap sources;
      Diagnostics diags;
      FileId id = sources.add(g.relative, g.input);
      parse::parse_file(id, sources, diags);
      diags.sort_stable(sources);
      std::string diff;
      bool same = testing::check_golden(g, render_human(diags, sources), diff);
      INFO(diff);
      CHECK(same);
    }
  }
}
