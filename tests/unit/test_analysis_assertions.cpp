// `assert` proofs on random policies over the golden mesh: a proven assertion must survive 300
// random requests and rows through the interpreter, a violated one must come with a counterexample
// that replays, and "unknown" must name its construct. The violation is judged here from what the
// interpreter decides, independently of analysis/assertions.cpp.
#include <catch2/catch.hpp>

#include <random>

#include "assertions.h"
#include "plan.h"
#include "replay.h"
#include "support/env.h"
#include "support/golden_mesh.h"
#include "support/random_policy.h"

using namespace custos;

namespace {

// A column's protection as analysis/replay.h reports it: clear (0) < a mask's strength < denied.
constexpr int kClear = 0, kDenied = 1000;

// Random assertions over sales.orders, one of each form.
std::string random_assertion(std::mt19937_64& rng) {
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<uint64_t>(n)); };
  const std::string k = std::to_string(pick(5));
  const std::vector<std::string> applies = {"unless principal.clearance >= " + k, "when \"analyst\" in principal.roles",
                                            "when principal.region == \"EU\" and principal.clearance < " + k, ""};
  const std::string clause = applies[static_cast<size_t>(pick(static_cast<int>(applies.size())))];
  const std::vector<std::string> columns = {"customer_email", "notes", "amount", "country", "order_id"};
  const std::string column = columns[static_cast<size_t>(pick(static_cast<int>(columns.size())))];
  switch (pick(6)) {
    case 0: return "assert sales.orders denied " + clause + ";";
    case 1: return "assert sales.orders readable " + clause + ";";
    case 2: return "assert sales.orders rows where amount > " + k + ".5 " + clause + ";";
    case 3: return "assert column sales.orders." + column + " denied " + clause + ";";
    case 4: return "assert column sales.orders." + column + " masked " + clause + ";";
    default: return "assert column sales.orders." + column + " clear " + clause + ";";
  }
}

// Whether the interpreter, on one request and row, shows the assertion apply and fail.
bool violated(const ir::PolicySet& set, const ir::Assertion& a, size_t product, const eval::Attributes& principal,
              const eval::Attributes& context, const eval::Row* row) {
  const Product& p = set.mesh->products[product];
  const stdlib::NativeContext natives;
  eval::Env env{&principal, &context, &p, row, &natives};
  if (!eval::decide_rule(a.applies, env).holds) return false;
  const auto seen = analysis::observe(set, product, principal, context, row);
  const auto& columns = a.applies.targets.front().columns;
  const analysis::ColumnSeen* c = columns.empty() ? nullptr : seen.column(columns.front());
  switch (a.kind) {
    case ir::AssertKind::Denied: return seen.allowed;
    case ir::AssertKind::Readable: return !seen.allowed;
    case ir::AssertKind::RowsWhere: return seen.visible && !eval::evaluate(*a.rows, env).is_true();
    case ir::AssertKind::ColumnDenied: return seen.visible && c->level != kDenied;
    case ir::AssertKind::ColumnMasked: return seen.visible && c->level == kClear;
    case ir::AssertKind::ColumnClear: return !seen.allowed || (seen.visible && c->level != kClear);
  }
  return false;
}

}  // namespace

TEST_CASE("assert on random policies: proofs agree with the interpreter", "[analysis]") {
  testing::GoldenMesh golden;
  const size_t product = golden.index("sales.orders");
  const int policies = static_cast<int>(testing::env_number("CUSTOS_ASSERT_POLICIES", 30));
  int holds = 0, violations = 0, unknown = 0;
  for (int n = 0; n < policies; ++n) {
    testing::RandomPolicies gen(static_cast<uint64_t>(n) * 7919 + 3);
    std::mt19937_64 rng(static_cast<uint64_t>(n) + 101);
    std::string text = gen.policy(5);
    for (int i = 0; i < 3; ++i) text += "\n" + random_assertion(rng) + "\n";
    ir::PolicySet set;
    try {
      set = testing::lower_policy(*golden.mesh, text);
    } catch (const std::runtime_error&) {
      continue;  // a constant condition warns; the next policy
    }
    INFO("policy:\n" << text);
    analysis::AssertOptions opt;
    opt.timeout_ms = 20000;
    const auto results = analysis::prove_assertions(set, opt);
    REQUIRE(results.size() == set.program.assertions.size());
    for (const auto& r : results) {
      const ir::Assertion& a = *r.assertion;
      INFO("assertion at line " << a.span.line << ": " << ir::to_string(a.kind));
      switch (r.verdict) {
        case analysis::AssertionResult::Verdict::Unknown: {
          INFO(r.reason);
          CHECK((r.reason.find("strings.lower") != std::string::npos || r.reason.find("gave up") != std::string::npos));
          ++unknown;
          break;
        }
        case analysis::AssertionResult::Verdict::Violated: {
          ++violations;
          INFO("counterexample: " << r.witness.principal << " " << r.witness.context << " " << r.witness.row);
          const auto in = analysis::read_witness(set, golden.mesh->products[product], r.witness);
          REQUIRE(in.error.empty());
          CHECK(violated(set, a, product, in.principal, in.context, in.rows.empty() ? nullptr : &in.rows.front()));
          break;
        }
        case analysis::AssertionResult::Verdict::Holds: {
          ++holds;
          const Product& p = golden.mesh->products[product];
          for (int s = 0; s < 300; ++s) {
            auto rows = gen.rows(1);
            // Rows as their contract describes them: a required column is never null.
            for (size_t i = 0; i < p.columns.size() && !rows.empty(); ++i) {
              if (p.columns[i].required && std::holds_alternative<Null>(rows.front()[i])) rows.clear();
            }
            if (rows.empty()) continue;
            const auto principal = gen.principal();
            const auto context = gen.context();
            INFO("sample " << s);
            CHECK_FALSE(violated(set, a, product, principal, context, &rows.front()));
          }
          break;
        }
      }
    }
  }
  INFO(holds << " proven, " << violations << " violated, " << unknown << " unknown");
  CHECK(holds > 0);
  CHECK(violations > 0);
}
