// Every diagnostic kind must be pinned by at least one golden file, and documented.
#include <catch2/catch.hpp>

#include "diag/diagnostic.h"
#include "support/golden.h"

using namespace custos;

TEST_CASE("every diagnostic code appears in a golden file and in the docs", "[golden]") {
  std::string all;
  for (const char* ext : {".custos", ".test", ".yaml"}) {
    for (const auto& f : testing::list_files(CUSTOS_GOLDEN_DIR, ext)) all += testing::read_golden(f, CUSTOS_GOLDEN_DIR).expected;
  }
  std::string docs = testing::read_text(std::string(CUSTOS_SOURCE_DIR) + "/docs/diagnostics.md");
  for (const DiagInfo& info : all_diag_infos()) {
    std::string id(info.id);
    INFO("diagnostic " << id);
    bool in_golden = all.find("[" + id + "]") != std::string::npos || all.find("\"" + id + "\"") != std::string::npos;
    CHECK(in_golden);
    CHECK(docs.find("`" + id + "`") != std::string::npos);
  }
}
