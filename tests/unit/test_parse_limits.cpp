// Hostile inputs: deep nesting, long chains, junk bytes. Each gets a clear error, never a crash.
#include <catch2/catch.hpp>

#include "diag/render.h"
#include "parse/parse.h"

using namespace custos;

namespace {
Diagnostics parse_text(const std::string& text, SourceMap& sources) {
  Diagnostics diags;
  FileId id = sources.add("t.custos", text);
  parse::parse_file(id, sources, diags);
  return diags;
}
bool has_code(const Diagnostics& d, DiagCode code) {
  for (const auto& x : d.all()) {
    if (x.code == code) return true;
  }
  return false;
}
std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}
}  // namespace

TEST_CASE("100,000 nested parentheses are refused before parsing", "[parse][limits]") {
  SourceMap sources;
  auto d = parse_text("domain d;\nlet x = " + repeat("(", 100000) + "1" + repeat(")", 100000) + ";\n", sources);
  CHECK(has_code(d, DiagCode::E0106));
  CHECK(d.size() == 1);
}

TEST_CASE("100,000 prefix operators are refused", "[parse][limits]") {
  SourceMap sources;
  CHECK(has_code(parse_text("domain d;\nlet x = " + repeat("not ", 100000) + "true;\n", sources), DiagCode::E0106));
  CHECK(has_code(parse_text("domain d;\nlet x = " + repeat("- ", 100000) + "1;\n", sources), DiagCode::E0106));
}

TEST_CASE("long flat and/or chains are fine; long arithmetic chains hit the limit", "[parse][limits]") {
  SourceMap sources;
  auto ok = parse_text("domain d;\nlet x = a" + repeat(" and a", 100000) + ";\n", sources);
  CHECK(ok.size() == 0);
  auto deep = parse_text("domain d;\nlet x = 1" + repeat(" + 1", 100000) + ";\n", sources);
  CHECK(has_code(deep, DiagCode::E0106));
  CHECK(deep.size() == 1);
}

TEST_CASE("string literals longer than 4 KiB are refused with one error", "[parse][limits]") {
  SourceMap sources;
  auto at_limit = parse_text("domain global;\npermit select on a.b when principal.id == \"" + std::string(4094, 'x') + "\";\n", sources);
  CHECK(at_limit.size() == 0);
  auto past = parse_text("domain global;\npermit select on a.b when principal.id == \"" + std::string(4095, 'x') + "\";\n", sources);
  CHECK(past.size() == 1);
  CHECK(has_code(past, DiagCode::E0110));
}

TEST_CASE("binary junk gives a bounded number of errors", "[parse][limits]") {
  std::string junk;
  for (int i = 0; i < 20000; ++i) junk += static_cast<char>("@#$%^&|~`?"[i % 10]);
  SourceMap sources;
  auto d = parse_text("domain d;\n" + junk + "\n", sources);
  CHECK(d.size() <= 52);
  CHECK(d.has_errors());
}

TEST_CASE("many errors are capped with a note", "[parse][limits]") {
  SourceMap sources;
  auto d = parse_text("domain d;\n" + repeat("permit ;\n", 500), sources);
  CHECK(has_code(d, DiagCode::E0109));
  CHECK(d.size() == 51);
}

TEST_CASE("odd but valid inputs", "[parse][limits]") {
  SourceMap sources;
  CHECK(parse_text("\xEF\xBB\xBF" "domain d;\nlet x = 1;\n", sources).size() == 0);  // BOM
  CHECK(parse_text("domain d;\r\nlet x = 1;\r\n", sources).size() == 0);           // CRLF
  CHECK(parse_text("domain d; let x = \"\xF0\x9F\x98\x80\";", sources).size() == 0);   // emoji, no newline
  CHECK(has_code(parse_text("", sources), DiagCode::E0002));
  CHECK(has_code(parse_text("  // only a comment\n", sources), DiagCode::E0002));
  CHECK(has_code(parse_text("\0\0\0", sources), DiagCode::E0002));
}
