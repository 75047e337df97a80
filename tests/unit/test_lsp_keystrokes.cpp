// Half-typed text: every state of the example policy files as they are typed from the first
// character to the last parses and gets completions without a crash or a hang; every 128th state
// is checked against the whole mesh and asked for hover, definition, references, symbols and
// semantic tokens at the cursor. In-process, so that it runs in seconds (and under ASan): each
// state's parse reads the file's header and imports and the declaration being typed (the
// complete declarations before it parse the same in every state); the 128th states parse it all.
#include <catch2/catch.hpp>

#include <filesystem>

#include "analysis.h"
#include "completion.h"
#include "hover.h"
#include "navigation.h"
#include "parse/parse.h"
#include "support/golden.h"
#include "symbols.h"

namespace fs = std::filesystem;

TEST_CASE("every keystroke state of the example policies is answered", "[lsp]") {
  const fs::path root = fs::path(CUSTOS_SOURCE_DIR) / "policies/examples";
  const std::string config = (root / "custos.yaml").string();
  const std::string docs = std::string(CUSTOS_SOURCE_DIR) + "/docs";
  for (const auto& entry : fs::directory_iterator(root / "policies")) {
    const std::string path = entry.path().lexically_normal().string();
    const std::string full = custos::testing::read_text(path);
    INFO(path);
    // Where each top-level declaration starts, and where the prelude (header, imports) ends.
    std::vector<size_t> starts;
    size_t prelude_end = 0;
    {
      custos::SourceMap sources;
      custos::Diagnostics diags;
      custos::ast::File ast = custos::parse::parse_file(sources.add(path, full), sources, diags);
      REQUIRE(!diags.has_errors());
      const custos::SourceFile& f = sources.file(ast.file);
      auto offset = [&](const custos::Span& sp) {
        size_t o = 0;
        for (uint32_t l = 1; l < sp.line; ++l) o += f.line(l).size() + 1;
        return o + (sp.col - 1);  // ASCII before the start of a declaration
      };
      auto prelude = [&](const custos::Span& sp) { prelude_end = std::max(prelude_end, offset(sp) + sp.end_col - sp.col); };
      if (ast.header) prelude(ast.header->span);
      for (const auto& i : ast.imports) prelude(i.span);
      for (const auto& l : ast.lets) starts.push_back(offset(l.span));
      for (const auto& r : ast.rules) starts.push_back(offset(r.span));
      for (const auto& a : ast.assertions) starts.push_back(offset(a.span));
      for (const auto& t : ast.tests) starts.push_back(offset(t.span));
      std::sort(starts.begin(), starts.end());
    }
    size_t states = 0, analysed = 0;
    for (size_t n = 0; n <= full.size(); ++n) {
      if (n < full.size() && (static_cast<unsigned char>(full[n]) & 0xC0) == 0x80) continue;  // inside a UTF-8 sequence
      const std::string text = full.substr(0, n);
      ++states;
      auto item = std::upper_bound(starts.begin(), starts.end(), n);
      size_t from = item == starts.begin() ? 0 : *(item - 1);
      std::string typed = n <= prelude_end || from < prelude_end ? text : full.substr(0, prelude_end) + "\n" + full.substr(from, n - from);
      custos::SourceMap sources;
      custos::Diagnostics diags;
      custos::parse::parse_file(sources.add(path, typed), sources, diags);
      nlohmann::json items = custos::lsp::complete(nullptr, text, n, custos::lsp::Encoding::Utf16);
      REQUIRE(items["items"].is_array());
      custos::lsp::signature_help(text, n);
      if (n % 128 != 0 && n != full.size()) continue;
      custos::lsp::AnalysisInputs in;
      in.config = config;
      in.read = [&](const std::string& p) {
        if (p != path) return custos::read_file_limited(p);
        custos::ReadResult r;
        r.text = text;
        return r;
      };
      auto a = custos::lsp::analyze(in);
      REQUIRE(a->mesh);
      ++analysed;
      items = custos::lsp::complete(a->mesh.get(), text, n, custos::lsp::Encoding::Utf16);
      REQUIRE(items["items"].is_array());
      auto id = a->id(path);
      REQUIRE(id);
      const custos::ast::File* file = a->file(*id);
      if (!file) continue;
      auto [line, col] = custos::line_col_at(text, n);
      for (uint32_t back : {0u, 1u, 3u}) {
        if (col <= back) continue;
        if (auto s = custos::lsp::symbol_at(*a, *file, line, col - back)) {
          custos::lsp::hover_markdown(*a, *s);
          custos::lsp::definition(*a, *s, docs, custos::lsp::Encoding::Utf16);
          custos::lsp::references(*a, *s, true, custos::lsp::Encoding::Utf16);
        }
      }
      custos::lsp::document_symbols(*a, *file, custos::lsp::Encoding::Utf16);
      nlohmann::json tokens = custos::lsp::semantic_tokens(*a, *file, custos::lsp::Encoding::Utf16);
      CHECK(tokens["data"].size() % 5 == 0);
    }
    CHECK(states > 1000);
    CHECK(analysed > 15);
  }
}
