// Every rule of docs/semantics.md, pinned against the golden test mesh with small policies.
#include <catch2/catch.hpp>

#include "ir/print.h"
#include "support/test_keys.h"
#include "check/check.h"
#include "diag/render.h"
#include "ir/policy_set.h"
#include "mesh/load_mesh.h"
#include "parse/parse.h"
#include "decision_inputs.h"
#include "plan.h"

using namespace custos;
using eval::Attributes;
using eval::ColumnOutcome;
using eval::Val;

namespace {

struct World {
  SourceMap sources;
  Diagnostics diags;
  std::unique_ptr<Mesh> mesh;
  std::vector<ast::File> files;
  std::unique_ptr<ir::PolicySet> set;
  stdlib::NativeContext natives = testing::test_natives();

  explicit World(const std::vector<std::string>& policies) {
    auto m = mesh::load_mesh(std::string(CUSTOS_GOLDEN_DIR) + "/mesh/custos.yaml", sources, diags);
    REQUIRE(m);
    mesh = std::make_unique<Mesh>(std::move(*m));
    for (size_t i = 0; i < policies.size(); ++i) {
      FileId id = sources.add("p" + std::to_string(i) + ".custos", policies[i]);
      files.push_back(parse::parse_file(id, sources, diags));
    }
    auto program = check::check_program(*mesh, files, sources, diags);
    INFO(render_human(diags, sources));
    REQUIRE(diags.error_count() == 0);
    set = std::make_unique<ir::PolicySet>(ir::lower(*mesh, std::move(program)));
  }

  eval::Plan plan(const std::string& product, const Attributes& principal, const Attributes& context = {}) {
    const Product* p = mesh->find_product(product);
    REQUIRE(p);
    return eval::make_plan(*set, static_cast<size_t>(p - mesh->products.data()), principal, context, {}, natives);
  }
};

Attributes principal(int64_t clearance, std::vector<std::string> roles = {"staff"}, const char* region = "EU") {
  Attributes a;
  a.values["id"] = Val::of(std::string("u1"));
  a.values["clearance"] = Val::of(clearance);
  std::vector<Scalar> r;
  for (auto& x : roles) r.push_back(x);
  a.values["roles"] = Val::collection(r);
  a.values["region"] = Val::of(std::string(region));
  return a;
}

const eval::ColumnPlan& column(const eval::Plan& p, const std::string& name) {
  for (const auto& c : p.columns) {
    if (c.name == name) return c;
  }
  FAIL("no column " << name);
  return p.columns.front();
}

// orders: order_id, customer_email, amount, country, placed_on, notes
eval::Row order(int64_t id, std::optional<std::string> country, std::optional<double> amount,
                std::optional<std::string> notes = std::nullopt) {
  eval::Row r(6, Scalar{Null{}});
  r[0] = id;
  if (amount) r[2] = *amount;
  if (country) r[3] = *country;
  if (notes) r[5] = *notes;
  return r;
}

}  // namespace

TEST_CASE("default deny: no permit, no access", "[semantics]") {
  World w({"domain sales;\nforbid select on sales.orders when principal.clearance < 0;\n"});
  auto p = w.plan("sales.orders", principal(5));
  CHECK_FALSE(p.allowed);
  CHECK(column(p, "amount").outcome == ColumnOutcome::Denied);
  CHECK_FALSE(eval::row_visible(p, order(1, "DE", 1), w.natives));
}

TEST_CASE("forbid overrides permit", "[semantics]") {
  World w({"domain sales;\npermit select on sales.orders;\nforbid select on sales.orders when principal.clearance < 2;\n"});
  CHECK_FALSE(w.plan("sales.orders", principal(1)).allowed);
  CHECK(w.plan("sales.orders", principal(2)).allowed);
}

TEST_CASE("permits need certainty; restrictions fail closed", "[semantics]") {
  // `department` is optional (null when absent); `id` is required (an error when absent).
  World w({"domain sales;\n"
           "permit select on sales.orders when principal.department == \"ops\";\n"
           "permit select on sales.customers when principal.id != \"x\";\n"
           "deny column sales.orders.notes unless principal.department == \"legal\";\n"
           "deny column sales.orders.amount when principal.id == \"nobody\";\n"});
  Attributes no_department = principal(1);
  CHECK_FALSE(w.plan("sales.orders", no_department).allowed);  // unknown never grants
  Attributes ops = principal(1);
  ops.values["department"] = Val::of(std::string("ops"));
  auto p = w.plan("sales.orders", ops);
  CHECK(p.allowed);
  CHECK(column(p, "notes").outcome == ColumnOutcome::Denied);  // `unless` false: deny holds
  CHECK(column(p, "amount").outcome == ColumnOutcome::Clear);  // `when` false: deny exempt
  Attributes missing_id = ops;
  missing_id.values.erase("id");
  CHECK_FALSE(w.plan("sales.customers", missing_id).allowed);  // error never grants
  auto q = w.plan("sales.orders", missing_id);
  CHECK(column(q, "amount").outcome == ColumnOutcome::Denied);  // error makes the deny hold
  Attributes wrong = ops;
  wrong.values["id"] = Val::error();
  CHECK(column(w.plan("sales.orders", wrong), "amount").outcome == ColumnOutcome::Denied);
}

TEST_CASE("visible rows: OR of permits AND NOT OR of forbids, three-valued", "[semantics]") {
  World w({"domain sales;\n"
           "permit select on sales.orders rows where country == \"DE\";\n"
           "permit select on sales.orders when principal.clearance >= 3 rows where amount > 100.0;\n"
           "forbid select on sales.orders rows where notes == \"hold\";\n"});
  auto low = w.plan("sales.orders", principal(1));
  auto high = w.plan("sales.orders", principal(3));
  auto visible = [&](const eval::Plan& p, const eval::Row& r) { return eval::row_visible(p, r, w.natives); };
  CHECK(visible(low, order(1, "DE", 5, "ok")));
  CHECK_FALSE(visible(low, order(2, "FR", 500, "ok")));
  CHECK(visible(high, order(2, "FR", 500, "ok")));
  CHECK_FALSE(visible(high, order(3, "FR", 5, "ok")));
  // A null in a permit's predicate never reveals a row...
  CHECK_FALSE(visible(high, order(4, "FR", std::nullopt, "ok")));
  CHECK_FALSE(visible(high, order(4, std::nullopt, 5, "ok")));
  // ...and a null in a forbid's predicate hides it.
  CHECK(visible(low, order(5, "DE", 5, "ok")));
  CHECK_FALSE(visible(low, order(6, "DE", 5, "hold")));
  CHECK(visible(low, order(7, "DE", 5)) == false);  // notes null: `notes == "hold"` unknown hides the row
}

TEST_CASE("a table-level forbid with a null condition fails closed", "[semantics]") {
  World w({"domain sales;\npermit select on sales.orders;\nforbid select on sales.orders when principal.department != \"ops\";\n"});
  CHECK_FALSE(w.plan("sales.orders", principal(1)).allowed);
}

TEST_CASE("deny beats mask beats clear; the strictest mask wins", "[semantics]") {
  World w({"domain global;\nimport stdlib.masks as m;\n"
           "permit select on sales.customers;\n"
           "mask column sales.customers.name with m.show_first(1);\n"
           "mask column sales.customers.name with m.hash;\n"
           "mask column sales.customers.country with m.redact;\n"
           "deny column sales.customers.country when principal.clearance < 2;\n"});
  auto p = w.plan("sales.customers", principal(1));
  CHECK(column(p, "name").outcome == ColumnOutcome::Masked);
  CHECK(column(p, "name").mask()->name == "hash");
  CHECK(column(p, "country").outcome == ColumnOutcome::Denied);
  CHECK(column(p, "customer_id").outcome == ColumnOutcome::Clear);
  CHECK(column(w.plan("sales.customers", principal(2)), "country").mask()->name == "redact");
}

TEST_CASE("row-dependent masks apply where their predicate is true or unknown", "[semantics]") {
  World w({"domain sales;\nimport stdlib.masks as m;\n"
           "permit select on sales.orders;\n"
           "mask column sales.orders.notes with m.redact rows where country == \"DE\";\n"
           "mask column sales.orders.amount with m.nullify rows where amount > 1000.0;\n"});
  auto p = w.plan("sales.orders", principal(1));
  const auto& notes = column(p, "notes");
  CHECK(notes.outcome == ColumnOutcome::Masked);
  CHECK(eval::column_value(p, notes, order(1, "DE", 1, "abc"), w.natives) == Scalar{std::string("xxx")});
  CHECK(eval::column_value(p, notes, order(2, "FR", 1, "abc"), w.natives) == Scalar{std::string("abc")});
  CHECK(eval::column_value(p, notes, order(3, std::nullopt, 1, "abc"), w.natives) == Scalar{std::string("xxx")});
  const auto& amount = column(p, "amount");
  CHECK(is_null(eval::column_value(p, amount, order(4, "FR", 5000), w.natives)));
  CHECK(eval::column_value(p, amount, order(5, "FR", 50), w.natives) == Scalar{50.0});
}

TEST_CASE("global restrictions apply to domain products: a domain can only tighten", "[semantics]") {
  World w({"domain global;\nimport stdlib.masks as m;\nmask columns tagged pii with m.nullify unless principal.clearance >= 4;\n"
           "forbid select on products tagged public when principal.region == \"US\";\n",
           "domain sales;\nimport stdlib.masks as m;\npermit select on sales.customers;\n"
           "mask column sales.customers.name with m.show_first(2);\n"});
  auto eu = w.plan("sales.customers", principal(1));
  CHECK(eu.allowed);
  CHECK(column(eu, "name").mask()->name == "nullify");
  CHECK(column(eu, "birth_date").mask()->name == "nullify");
  CHECK_FALSE(w.plan("sales.customers", principal(9, {"staff"}, "US")).allowed);
  CHECK(column(w.plan("sales.customers", principal(4)), "name").mask()->name == "show_first");
}

TEST_CASE("residual predicates fold the principal in", "[semantics]") {
  World w({"domain sales;\npermit select on sales.orders rows where country == principal.id or principal.clearance > 5;\n"});
  CHECK(ir::render(*w.plan("sales.orders", principal(9)).row_filter) == "true");
  CHECK(ir::render(*w.plan("sales.orders", principal(1)).row_filter) == "country == \"u1\"");
}

TEST_CASE("three-valued operators and runtime errors", "[semantics]") {
  World w({"domain sales;\nimport stdlib.strings as s;\n"
           "permit select on sales.orders rows where (amount / 0.0 > 1.0) or order_id % 0 == 1 or s.length(notes) > 3;\n"});
  auto p = w.plan("sales.orders", principal(1));
  // Division by zero is an error, which counts as null: it never reveals the row...
  CHECK_FALSE(eval::row_visible(p, order(1, "DE", 5, "ab"), w.natives));
  // ...but `or` with a true operand is still true.
  CHECK(eval::row_visible(p, order(2, "DE", 5, "abcdef"), w.natives));
}
