// Source files: UTF-8 validation, line tables and positions.
#include <catch2/catch.hpp>

#include "source/source_map.h"

using namespace custos;

TEST_CASE("UTF-8 validation finds the first bad byte", "[source]") {
  CHECK_FALSE(find_invalid_utf8("plain ascii"));
  CHECK_FALSE(find_invalid_utf8("Gr\xC3\xBC\xC3\x9F""e \xF0\x9F\x98\x80"));
  CHECK(find_invalid_utf8("ab\xFF") == 2u);
  CHECK(find_invalid_utf8("\xC0\x80") == 0u);            // overlong NUL
  CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u);        // surrogate
  CHECK(find_invalid_utf8("ok\xE2\x82") == 2u);          // truncated
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0u);    // beyond U+10FFFF
}

TEST_CASE("lines and columns count code points", "[source]") {
  SourceFile f("x", "a\r\nb\xC3\xBC" "c\n\nlast");
  CHECK(f.line_count() == 4);
  CHECK(f.line(1) == "a");
  CHECK(f.line(2) == "b\xC3\xBC" "c");
  CHECK(f.line(3).empty());
  CHECK(f.line(4) == "last");
  CHECK(f.line(5).empty());
  CHECK(line_col_at("ab\n\xC3\xBC" "x", 5) == std::pair<uint32_t, uint32_t>{2, 2});
}

TEST_CASE("spans cover each other", "[source]") {
  Span a{0, 1, 5, 1, 8}, b{0, 2, 1, 2, 3};
  Span c = Span::cover(a, b);
  CHECK(c.line == 1);
  CHECK(c.col == 5);
  CHECK(c.end_line == 2);
  CHECK(c.end_col == 3);
}
