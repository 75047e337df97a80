// The TextMate grammar in editors/ is valid JSON and highlights every keyword the lexer has.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <regex>

#include "support/golden.h"

TEST_CASE("editors/vscode/syntaxes/custos.tmLanguage.json covers every keyword of the grammar", "[editors]") {
  std::string root = CUSTOS_SOURCE_DIR;
  auto tm = nlohmann::json::parse(custos::testing::read_text(root + "/editors/vscode/syntaxes/custos.tmLanguage.json"));
  CHECK(tm["scopeName"] == "source.custos");
  std::string keyword_patterns = tm["repository"]["keywords"].dump() + tm["repository"]["typed-literals"].dump();
  std::string grammar = custos::testing::read_text(root + "/grammar/Custos.g4");
  std::regex keyword(R"(K_\w+\s*:\s*'(\w+)')");
  int found = 0;
  for (auto it = std::sregex_iterator(grammar.begin(), grammar.end(), keyword); it != std::sregex_iterator(); ++it) {
    std::string kw = (*it)[1];
    INFO("keyword " << kw);
    CHECK(std::regex_search(keyword_patterns, std::regex("[(|]" + kw + "[|)]")));
    ++found;
  }
  CHECK(found > 30);
}
