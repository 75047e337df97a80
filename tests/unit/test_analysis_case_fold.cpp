// strings.lower / strings.upper in the solver (analysis/symbolic.cpp): compared with a literal
// (==, !=, `in`, `not in`, starts_with, ends_with, contains) they are encoded exactly, as regular
// languages over their argument. For each shape and each value of the column (ASCII of both
// cases, non-ASCII letters the functions leave alone, NUL, the empty string, null), what the
// solver says the condition is must be what the interpreter computes; a shape without an exact
// encoding stays "unknown".
#include <catch2/catch.hpp>

#include <cctype>

#include "eval_expr.h"
#include "ir/policy_set.h"
#include "support/golden_mesh.h"
#include "support/random_policy.h"
#include "diff.h"
#include "symbolic.h"

using namespace custos;

namespace {

struct Encoded {
  ir::PolicySet set;
  const ir::Expr* expr = nullptr;
  const Product* product = nullptr;
};

Encoded rows_where(const testing::GoldenMesh& golden, const std::string& predicate) {
  Encoded e;
  e.set = testing::lower_policy(*golden.mesh, "domain sales;\nimport stdlib.strings as s;\npermit select on sales.orders rows where " +
                                                  predicate + ";\n");
  const size_t product = golden.index("sales.orders");
  e.product = &golden.mesh->products[product];
  e.expr = ir::rules_in_order(e.set.products[product]).at(0)->rule->rows.at(0).get();
  return e;
}

// The interpreter's truth of the condition on a row whose `notes` is `notes` (nullopt: null).
std::string interpreted(const Encoded& e, const std::optional<std::string>& notes) {
  std::vector<Scalar> row(e.product->columns.size(), Scalar{Null{}});
  row[static_cast<size_t>(e.product->find_column("notes") - e.product->columns.data())] =
      notes ? Scalar{*notes} : Scalar{Null{}};
  eval::Attributes none;
  eval::Env env;
  env.principal = &none;
  env.context = &none;
  env.product = e.product;
  env.row = &row;
  eval::Val v = eval::evaluate(*e.expr, env);
  if (v.is_error()) return "error";
  if (v.is_null()) return "null";
  return v.is_true() ? "true" : v.is_false() ? "false" : "not a boolean";
}

// What the solver says the condition is on that row: the one outcome consistent with it.
std::string solved(const Encoded& e, const std::optional<std::string>& notes) {
  z3::context z;
  analysis::World w(z);
  analysis::Sym s = analysis::encode(*e.expr, w, e.product);
  const analysis::Sym& col = w.column(e.product->qualified(), *e.product->find_column("notes"));
  z3::solver solver(z);
  for (const auto& d : w.domains()) solver.add(d);
  solver.add(!col.err);
  solver.add(notes ? (!col.null && col.val == analysis::string_term(z, *notes)) : col.null);
  std::vector<std::string> possible;
  for (auto [name, q] : {std::pair<const char*, z3::expr>{"error", s.err}, {"null", s.null}, {"true", s.is_true()}, {"false", s.is_false()}}) {
    solver.push();
    solver.add(q);
    if (solver.check() == z3::sat) possible.push_back(name);
    solver.pop();
  }
  return possible.size() == 1 ? possible.front() : "ambiguous (" + std::to_string(possible.size()) + " outcomes)";
}

}  // namespace

TEST_CASE("case-folded strings compared with literals are encoded exactly", "[analysis]") {
  testing::GoldenMesh golden;
  const std::vector<std::optional<std::string>> values = {
      "hold", "HOLD", "HoLd", "hold ", "hol", "", "h\xC3\xB6ld", "H\xC3\x96LD", std::string("ho\0ld", 5), "xHOLDx", "AB", "ab", "aB",
      std::nullopt};
  const std::vector<std::string> shapes = {
      "s.lower(notes) == \"hold\"",      "s.lower(notes) != \"hold\"",         "\"hold\" == s.lower(notes)",
      "s.lower(notes) == \"Hold\"",      "s.upper(notes) == \"HOLD\"",         "s.upper(notes) == \"hold\"",
      "s.lower(notes) == \"h\xC3\xB6ld\"", "s.upper(notes) == \"H\xC3\xB6LD\"", "s.lower(notes) == \"\"",
      "s.lower(notes) in [\"hold\", \"ab\"]", "s.lower(notes) not in [\"hold\", \"ab\"]", "s.upper(notes) in [\"AB\"]",
      "s.starts_with(s.lower(notes), \"ho\")", "s.ends_with(s.upper(notes), \"LD\")", "s.contains(s.lower(notes), \"old\")",
      "s.contains(s.lower(notes), \"OLD\")", "s.lower(\"HoLd\") == notes"};
  for (const auto& shape : shapes) {
    Encoded e = rows_where(golden, shape);
    for (const auto& v : values) {
      INFO(shape << " on notes = " << (v ? "\"" + *v + "\"" : std::string("null")));
      CHECK(solved(e, v) == interpreted(e, v));
    }
  }
}

TEST_CASE("case-folded strings in other shapes stay unknown, naming the function", "[analysis]") {
  testing::GoldenMesh golden;
  for (const std::string shape : {"s.lower(notes) == s.lower(country)", "s.lower(notes) < \"m\"", "s.length(s.lower(notes)) > 2",
                                  "s.starts_with(\"hold\", s.lower(notes))"}) {
    Encoded e = rows_where(golden, shape);
    z3::context z;
    analysis::World w(z);
    INFO(shape);
    try {
      analysis::encode(*e.expr, w, e.product);
      FAIL("encoded without an exact encoding");
    } catch (const analysis::Unsupported& u) {
      CHECK(u.reason.find("strings.lower") != std::string::npos);
    }
  }
}

// Through `custos diff`'s analysis: a permit widened by a case-insensitive match is found, with a
// witness that diff replays through the interpreter on both versions before reporting it. (Not a
// golden file: the region's simplification is time-boxed, so its layout differs under ASan.)
TEST_CASE("diff finds a widening through a case-folded comparison, with a replayed witness", "[analysis]") {
  testing::GoldenMesh golden;
  const std::string head = "domain sales;\nimport stdlib.strings as s;\n";
  ir::PolicySet old_set = testing::lower_policy(*golden.mesh, "domain sales;\npermit select on sales.orders when principal.clearance >= 5;\n");
  ir::PolicySet new_set = testing::lower_policy(
      *golden.mesh, head + "permit select on sales.orders when principal.clearance >= 5 or s.lower(principal.id) == \"ana\";\n");
  analysis::DiffOptions opt;
  opt.regions = false;
  const analysis::DiffResult r = analysis::diff(old_set, new_set, opt);
  CHECK(r.unknowns.empty());
  bool widened = false;
  for (const auto& f : r.findings) {
    if (f.aspect != "access") continue;
    widened = widened || f.direction == analysis::Direction::Widens;
    INFO(f.witness.principal);
    // The witness's id folds to "ana" (any case): read back, it is one of the 8 spellings.
    const size_t at = f.witness.principal.find("\"id\":\"");
    REQUIRE(at != std::string::npos);
    std::string id = f.witness.principal.substr(at + 6, 3);
    for (char& c : id) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(id == "ana");
  }
  CHECK(widened);
}
