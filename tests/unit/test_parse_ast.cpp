// The AST the front end builds: precedence, every construct, and spans.
#include <catch2/catch.hpp>

#include "ast/ast_dump.h"
#include "diag/render.h"
#include "parse/parse.h"

using namespace custos;

namespace {
struct Parsed {
  ast::File file;
  std::string diagnostics;
};

Parsed parse_text(const std::string& text) {
  SourceMap sources;
  Diagnostics diags;
  FileId id = sources.add("t.custos", text);
  Parsed p{parse::parse_file(id, sources, diags), ""};
  p.diagnostics = render_human(diags, sources);
  return p;
}

std::string let_dump(const std::string& expr) {
  Parsed p = parse_text("domain d;\nlet x = " + expr + ";\n");
  INFO(p.diagnostics);
  REQUIRE(p.diagnostics.empty());
  REQUIRE(p.file.lets.size() == 1);
  return ast::dump(*p.file.lets[0].value);
}
}  // namespace

TEST_CASE("operator precedence", "[parse]") {
  CHECK(let_dump("a or b and c") == "(or a (and b c))");
  CHECK(let_dump("not a == b") == "(not (== a b))");
  CHECK(let_dump("1 + 2 * 3 - 4") == "(- (+ 1 (* 2 3)) 4)");
  CHECK(let_dump("-x.y") == "(neg (. x y))");
  CHECK(let_dump("a and b and c and d") == "(and a b c d)");
  CHECK(let_dump("(a or b) and c") == "(and (or a b) c)");
  CHECK(let_dump("x not in [1, 2]") == "(not-in x [1 2])");
  CHECK(let_dump("\"staff\" in principal.roles") == "(in \"staff\" (. principal roles))");
  CHECK(let_dump("x is not null or y is null") == "(or (is-not-null x) (is-null y))");
  CHECK(let_dump("m.f(a, 1)") == "(call (. m f) a 1)");
  CHECK(let_dump("a + 1 < b") == "(< (+ a 1) b)");
}

TEST_CASE("literals", "[parse]") {
  CHECK(let_dump("1_000_000") == "1000000");
  CHECK(let_dump("9223372036854775807") == "9223372036854775807");
  CHECK(let_dump("2.5e3") == "2500");
  CHECK(let_dump("\"tab\\there \\u{e9}\"") == "\"tab\there \xC3\xA9\"");
  CHECK(let_dump("date \"2024-02-29\"") == "date \"2024-02-29\"");
  CHECK(let_dump("timestamp \"2024-02-29T01:00:00+01:00\"") == "timestamp \"2024-02-29T00:00:00Z\"");
  CHECK(let_dump("{\"a\", \"b\",}") == "{\"a\" \"b\"}");
  CHECK(let_dump("[]") == "[]");
  CHECK(let_dump("null") == "null");
  CHECK(let_dump("true and not false") == "(and true (not false))");
}

TEST_CASE("keywords can name columns and attributes", "[parse]") {
  CHECK(let_dump("date == principal.domain") == "(== date (. principal domain))");
  CHECK(let_dump("rows > 1 and `first name` == \"x\"") == "(and (> rows 1) (== first name \"x\"))");
}

TEST_CASE("every declaration form", "[parse]") {
  Parsed p = parse_text(R"(@owner("gov") domain global;
import stdlib.masks as m;
import stdlib.strings;
@id("r1") @reason("why") @ticket("GOV-1")
permit select on crm.customers when a unless b rows where c;
forbid select on products tagged restricted.high unless principal.clearance >= 2;
mask column crm.customers.email with m.email_domain unless "fraud" in context.purposes;
mask columns tagged pii.direct on products tagged eu with m.show_last(4) rows where country == "DE";
deny column crm.customers.tax_id;
deny columns tagged secret on crm.customers;
test "t" {
  principal { id: "ana", roles: {"analyst"} };
  context { purposes: {} };
  select crm.customers;
  rows [ { id: 1 }, { id: 2, email: null }, ];
  expect allow;
  expect column email masked with m.email_domain;
  expect column tax_id denied;
  expect column name clear;
  expect rows [1, 2];
  expect row 1 { id: 1 };
}
test "from csv" { select crm.customers; rows from "customers.csv"; expect deny; }
)");
  INFO(p.diagnostics);
  REQUIRE(p.diagnostics.empty());
  CHECK(ast::dump(p.file) == R"(@owner("gov") domain global
import stdlib.masks as m
import stdlib.strings as strings
@id("r1") @reason("why") @ticket("GOV-1") permit select on crm.customers when a unless b rows-where c
forbid select on products-tagged restricted.high unless (>= (. principal clearance) 2)
mask column crm.customers.email with m.email_domain unless (in "fraud" (. context purposes))
mask columns-tagged pii.direct on products-tagged eu with m.show_last 4 rows-where (== country "DE")
deny column crm.customers.tax_id
deny columns-tagged secret on crm.customers
test "t"
  principal {id: "ana", roles: {"analyst"}}
  context {purposes: {}}
  select crm.customers
  rows {id: 1} {id: 2, email: null}
  expect allow
  expect column email masked with m.email_domain
  expect column tax_id denied
  expect column name clear
  expect rows [1 2]
  expect row 1 {id: 1}
test "from csv"
  select crm.customers
  rows from "customers.csv"
  expect deny
)");
  REQUIRE(p.file.header);
  CHECK(p.file.header->is_global);
}

TEST_CASE("spans point at the source", "[parse]") {
  Parsed p = parse_text("domain d;\n\n  forbid select on a.b\n    when x;\n");
  REQUIRE(p.file.rules.size() == 1);
  const auto& r = p.file.rules[0];
  CHECK(r.span.line == 3);
  CHECK(r.span.col == 3);
  CHECK(r.span.end_line == 4);
  CHECK(r.span.end_col == 12);
  CHECK(r.product.name.span.col == 20);
  CHECK(r.clauses[0].condition->span.line == 4);
  CHECK(r.clauses[0].condition->span.col == 10);
}

TEST_CASE("every assertion form", "[parse]") {
  Parsed p = parse_text(R"(domain global;
@id("a1") @reason("ceiling")
assert column crm.customers.tax_id denied unless principal.clearance >= 4;
assert columns tagged pii.direct on products tagged eu masked when a;
assert column crm.customers.email clear when b unless c;
assert products tagged restricted denied unless d;
assert crm.customers readable when e;
assert crm.customers rows where not is_minor unless f;
let assert = 1;
let readable = assert;
)");
  INFO(p.diagnostics);
  REQUIRE(p.diagnostics.empty());
  CHECK(ast::dump(p.file) == R"(domain global
let assert = 1
let readable = assert
@id("a1") @reason("ceiling") assert column crm.customers.tax_id denied unless (>= (. principal clearance) 4)
assert columns-tagged pii.direct on products-tagged eu masked when a
assert column crm.customers.email clear when b unless c
assert products-tagged restricted denied unless d
assert crm.customers readable when e
assert crm.customers rows where (not is_minor) unless f
)");
}
