// `custos fmt`: idempotent, never changes the AST, keeps every comment; goldens in golden/fmt/.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

#include "ast/ast_dump.h"
#include "diag/render.h"
#include "format/format.h"
#include "parse/parse.h"
#include "support/golden.h"
#include "support/random_policy.h"

using namespace custos;

namespace {
std::optional<std::string> fmt(const std::string& text) {
  SourceMap sources;
  Diagnostics diags;
  return format::format_file(sources.add("f.custos", text), sources, diags);
}
std::string ast_of(const std::string& text) {
  SourceMap sources;
  Diagnostics diags;
  return ast::dump(parse::parse_file(sources.add("f.custos", text), sources, diags));
}
std::vector<std::string> comments_of(const std::string& text) {
  std::vector<std::string> out;
  std::regex comment(R"(//[^\n]*|/\*[\s\S]*?\*/)");
  // Strings may contain `//`; blank them out first.
  std::string code = std::regex_replace(text, std::regex(R"("(?:[^"\\\n]|\\.)*")"), "\"\"");
  for (auto it = std::sregex_iterator(code.begin(), code.end(), comment); it != std::sregex_iterator(); ++it) {
    std::string c = it->str();
    while (!c.empty() && (c.back() == ' ' || c.back() == '\r')) c.pop_back();
    out.push_back(c);
  }
  std::sort(out.begin(), out.end());
  return out;
}
void check_properties(const std::string& name, const std::string& text) {
  auto once = fmt(text);
  if (!once) return;  // files with syntax errors are never formatted
  INFO(name << "\n--- formatted\n" << *once);
  auto twice = fmt(*once);
  REQUIRE(twice);
  CHECK(*twice == *once);
  CHECK(ast_of(*once) == ast_of(text));
  CHECK(comments_of(*once) == comments_of(text));
}
}  // namespace

TEST_CASE("formatting every policy file in the repository is safe", "[fmt]") {
  std::string root = CUSTOS_SOURCE_DIR;
  size_t checked = 0;
  for (const char* dir : {"/policies", "/tests/golden"}) {
    for (const auto& path : testing::list_files(root + dir, ".custos")) {
      auto g = testing::read_golden(path, root);
      check_properties(g.relative, g.input);
      ++checked;
    }
  }
  CHECK(checked > 40);
}

TEST_CASE("formatting random policies never changes them", "[fmt]") {
  testing::RandomPolicies gen(5);
  for (int i = 0; i < 500; ++i) check_properties("random " + std::to_string(i), gen.policy(8));
}

TEST_CASE("the examples are formatted", "[fmt]") {
  for (const auto& path : testing::list_files(std::string(CUSTOS_SOURCE_DIR) + "/policies/examples", ".custos")) {
    std::string text = testing::read_text(path);
    INFO(path);
    CHECK(fmt(text) == text);
  }
}

TEST_CASE("files with syntax errors are not formatted", "[fmt]") {
  CHECK_FALSE(fmt("domain d;\npermit select on;\n"));
}

TEST_CASE("fmt golden files", "[fmt][golden]") {
  std::string root = CUSTOS_GOLDEN_DIR;
  for (const auto& path : testing::list_files(root + "/fmt", ".custos")) {
    auto g = testing::read_golden(path, root);
    DYNAMIC_SECTION(g.relative) {
      auto out = fmt(g.input);
      REQUIRE(out);
      std::string diff;
      bool same = testing::check_golden(g, *out, diff);
      INFO(diff);
      CHECK(same);
    }
  }
}
