// `custos who-can` on random policies over the golden mesh: every condition is proven equal to
// the decision model inside who_can (a mismatch throws), so these check that no generated policy
// breaks that proof, that "unknown" names its construct, and that "always" and "never" agree with
// the interpreter on random requests and rows.
#include <catch2/catch.hpp>

#include <random>

#include "replay.h"
#include "support/env.h"
#include "support/golden_mesh.h"
#include "support/random_policy.h"
#include "who_can.h"

using namespace custos;

namespace {

// What a verdict claims about a quantity the interpreter observed.
void check_verdict(const analysis::Condition& c, bool observed, const std::string& what) {
  INFO(what << ": " << analysis::to_string(c.verdict));
  if (c.verdict == analysis::Condition::Verdict::Always) CHECK(observed);
  if (c.verdict == analysis::Condition::Verdict::Never) CHECK_FALSE(observed);
}

}  // namespace

TEST_CASE("who-can on random policies: conditions match the decision model", "[analysis]") {
  testing::GoldenMesh golden;
  const size_t product = golden.index("sales.orders");
  const int policies = static_cast<int>(testing::env_number("CUSTOS_WHO_CAN_POLICIES", 10));
  int decided = 0, unknown = 0, conditions = 0;
  for (int n = 0; n < policies; ++n) {
    testing::RandomPolicies gen(static_cast<uint64_t>(n) * 104729 + 17);
    const std::string text = gen.policy(5);
    ir::PolicySet set;
    try {
      set = testing::lower_policy(*golden.mesh, text);
    } catch (const std::runtime_error&) {
      continue;
    }
    INFO("policy:\n" << text);
    analysis::WhoCanOptions opt;
    opt.rows = true;
    opt.simplify_ms = 1500;  // exactness is what is checked here, not how short the text gets
    analysis::ProductAccess a;
    REQUIRE_NOTHROW(a = analysis::who_can(set, product, opt));
    if (a.readable.verdict == analysis::Condition::Verdict::Unknown) {
      INFO(a.readable.unknown);
      CHECK(a.readable.unknown.find("strings.lower") != std::string::npos);
      ++unknown;
      continue;
    }
    ++decided;
    for (const auto& c : a.columns) {
      conditions += 2 + static_cast<int>(c.masked.size());
      for (const auto& m : c.masked) CHECK(m.when.verdict != analysis::Condition::Verdict::Never);  // never-masks are left out
      if (c.clear.verdict == analysis::Condition::Verdict::When) CHECK_FALSE(c.clear.text.empty());
    }
    for (int s = 0; s < 300; ++s) {
      auto rows = gen.rows(1);
      // The analysis reads rows as their contract describes them (docs/analysis.md): a required
      // column is never null.
      const Product& p = golden.mesh->products[product];
      for (size_t i = 0; i < p.columns.size() && !rows.empty(); ++i) {
        if (p.columns[i].required && std::holds_alternative<Null>(rows.front()[i])) rows.clear();
      }
      const auto seen = analysis::observe(set, product, gen.principal(), gen.context(), rows.empty() ? nullptr : &rows.front());
      check_verdict(a.readable, seen.allowed, "readable");
      if (!seen.allowed) continue;
      if (a.rows && !rows.empty()) check_verdict(*a.rows, seen.visible, "row visible");
      if (!seen.visible) continue;
      for (const auto& c : a.columns) {
        const analysis::ColumnSeen* col = seen.column(c.name);
        REQUIRE(col);
        check_verdict(c.clear, col->level == 0, "column " + c.name + " clear");
        check_verdict(c.denied, col->level == 1000, "column " + c.name + " denied");
      }
    }
  }
  INFO(decided << " decided, " << unknown << " unknown, " << conditions << " column conditions");
  CHECK(decided > policies / 2);
}
