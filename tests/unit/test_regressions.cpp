// Inputs that once crashed a fuzzer, kept forever (tests/regressions/), plus the properties they broke.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "diag/render.h"
#include "mesh/load_mesh.h"
#include "parse/parse.h"
#include "support/golden.h"

using namespace custos;

TEST_CASE("every regression input loads as config, contract and policy without throwing", "[regressions]") {
  for (const auto& entry : std::filesystem::directory_iterator(std::string(CUSTOS_SOURCE_DIR) + "/tests/regressions")) {
    std::string text = testing::read_text(entry.path().string());
    INFO(entry.path());
    SourceMap sources;
    Diagnostics diags;
    auto cfg = mesh::load_config(sources.add("custos.yaml", text), sources, diags);
    MeshConfig fallback;
    std::vector<Product> products;
    mesh::load_contract(sources.add("contract.yaml", text), sources, cfg ? *cfg : fallback, diags, products);
    parse::parse_file(sources.add("policy.custos", text), sources, diags);
    CHECK_NOTHROW(nlohmann::json::parse(render_json(diags, sources)));
    CHECK_NOTHROW(nlohmann::json::parse(render_sarif(diags, sources, "t")));
    CHECK(find_invalid_utf8(render_human(diags, sources)) == std::nullopt);
  }
}

TEST_CASE("YAML with NUL bytes is refused before yaml-cpp guesses a UTF-32 encoding", "[regressions]") {
  SourceMap sources;
  Diagnostics diags;
  auto cfg = mesh::load_config(sources.add("custos.yaml", std::string("\0\0\0\0ah\0e", 9)), sources, diags);
  CHECK_FALSE(cfg);
  REQUIRE(diags.size() == 1);
  CHECK(diags.all()[0].code == DiagCode::E0301);
}

TEST_CASE("renderers never emit invalid UTF-8, whatever a message holds", "[regressions]") {
  SourceMap sources;
  FileId f = sources.add("x", "a\n");
  Diagnostics diags;
  diags.report(DiagCode::E0305, Span{f, 1, 1, 1, 2}, "bad `\xF0\x86\x94\x80` value").note("\xFF").with_help("\xC3");
  CHECK(find_invalid_utf8(render_human(diags, sources)) == std::nullopt);
  CHECK_NOTHROW(nlohmann::json::parse(render_json(diags, sources)));
  CHECK_NOTHROW(nlohmann::json::parse(render_sarif(diags, sources, "t")));
}

TEST_CASE("truncation never splits a character", "[regressions]") {
  CHECK(truncate_utf8("Zoë Zoë Zoë", 3) == "Zoë...");
  CHECK(truncate_utf8("abc", 3) == "abc");
  CHECK(sanitize_utf8("a\xFF" "b") == "a?b");
}
