// Differential test: plans with residual predicates (the path every backend compiles) against the
// naive semantics oracle, on seeded random policies, principals and rows. 10,000 cases by default;
// set CUSTOS_DIFF_CASES for a longer run and CUSTOS_DIFF_SEED to explore other seeds.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "ir/print.h"
#include "support/test_keys.h"
#include "check/check.h"
#include "diag/render.h"
#include "diff/spec_oracle.h"
#include "support/env.h"
#include "support/golden_mesh.h"
#include "parse/parse.h"
#include "plan.h"
#include "support/random_policy.h"

using namespace custos;

namespace {
std::string show(const std::optional<Scalar>& v) { return v ? (is_null(*v) ? "null" : "`" + to_text(*v) + "`") : "<denied>"; }
}  // namespace

TEST_CASE("plans and residual predicates agree with the semantics oracle", "[diff]") {
  testing::GoldenMesh golden;
  const Mesh* mesh = golden.mesh.get();
  const size_t product = golden.index("sales.orders");
  const uint64_t cases = testing::env_number("CUSTOS_DIFF_CASES", 10000);
  const uint64_t seed = testing::env_number("CUSTOS_DIFF_SEED", 20261125);
  testing::RandomPolicies gen(seed);
  stdlib::NativeContext natives = testing::test_natives();
  size_t rows_compared = 0, allowed = 0, unorderable = 0;
  for (uint64_t i = 0; i < cases; ++i) {
    std::string text = gen.policy();
    SourceMap sources;
    Diagnostics diags;
    FileId id = sources.add("random.custos", text);
    std::vector<ast::File> files;
    files.push_back(parse::parse_file(id, sources, diags));
    auto program = check::check_program(*mesh, files, sources, diags);
    INFO("case " << i << " (seed " << seed << ")\n" << text << render_human(diags, sources));
    REQUIRE(diags.error_count() == 0);
    ir::PolicySet set = ir::lower(*mesh, std::move(program));
    for (int request = 0; request < 3; ++request) {
      auto principal = gen.principal();
      auto context = gen.context();
      auto rows = gen.rows();
      eval::Plan plan = eval::make_plan(set, product, principal, context, {}, natives);
      auto spec = testing::spec_decide(set, product, principal, context, rows, natives.hash_key);
      {
        auto problems = eval::verify_residuals(plan, *mesh);
        INFO((problems.empty() ? "" : problems.front()));
        CHECK(problems.empty());
      }
      REQUIRE(plan.allowed == spec.allowed);
      allowed += plan.allowed;
      size_t visible_index = 0;
      for (size_t r = 0; r < rows.size(); ++r) {
        bool visible = eval::row_visible(plan, rows[r], natives);
        INFO("request " << request << ", row " << r << ", residual " << ir::render(*plan.row_filter));
        REQUIRE(visible == spec.visible[r]);
        if (!visible) continue;
        for (const auto& c : plan.columns) {
          unorderable += c.unorderable;
          std::optional<Scalar> got;
          if (c.outcome != eval::ColumnOutcome::Denied) got = eval::column_value(plan, c, rows[r], natives);
          const auto& want = spec.values[visible_index][c.index];
          INFO("column " << c.name << ": plan " << show(got) << ", oracle " << show(want));
          REQUIRE(got.has_value() == want.has_value());
          if (got) REQUIRE(((is_null(*got) && is_null(*want)) || *got == *want));
        }
        ++visible_index;
        ++rows_compared;
      }
    }
  }
  // The generator must exercise both outcomes, and plenty of rows.
  CHECK(allowed > cases / 10);
  CHECK(rows_compared > cases);
  CHECK(unorderable > 0);  // masks that cannot be ordered, both holding: denied on every engine
}
