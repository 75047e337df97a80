// Differential test: the JIT (plan functions, row kernels, mask predicate kernels, over real Arrow
// batches) against the interpreter, on seeded random policies, principals, contexts and rows,
// including nulls, empty and non-ASCII strings, extreme numbers, empty batches, dictionary-encoded
// and all-null columns, and sliced batches (columns with a non-zero offset). Every request must be answered by compiled code (the interpreter is only a
// fallback) and give the interpreter's answer exactly. CUSTOS_JIT_DIFF_CASES for a longer run.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "ir/print.h"
#include "support/test_keys.h"
#include "check/check.h"
#include "compiled_policy_set.h"
#include "diag/render.h"
#include "parse/parse.h"
#include "plan.h"
#include "arrow_builder.h"
#include "support/env.h"
#include "support/golden_mesh.h"
#include "support/random_policy.h"

using namespace custos;

namespace {
std::vector<std::string> ids(const std::vector<const ir::Rule*>& rules) {
  std::vector<std::string> out;
  for (const auto* r : rules) out.push_back(r->id);
  return out;
}

std::string show(const Scalar& v) { return is_null(v) ? "null" : "`" + to_text(v) + "`"; }
}  // namespace

TEST_CASE("the JIT gives the interpreter's plans, selections and masked values", "[diff][jit]") {
  testing::GoldenMesh golden;
  const Mesh* mesh = golden.mesh.get();
  const size_t product = golden.index("sales.orders");
  const Product& orders = mesh->products[product];
  const uint64_t cases = testing::env_number("CUSTOS_JIT_DIFF_CASES", 10000);
  const uint64_t seed = testing::env_number("CUSTOS_DIFF_SEED", 20261125);
  // Compiling dominates: each policy set is shared across requests (CUSTOS_JIT_DIFF_REQUESTS_PER_POLICY
  // for long campaigns, where more requests per set reach a million requests in minutes, not hours).
  const uint64_t requests_per_policy = testing::env_number("CUSTOS_JIT_DIFF_REQUESTS_PER_POLICY", 50);
  testing::RandomPolicies gen(seed);
  stdlib::NativeContext natives = testing::test_natives();
  uint64_t compared_rows = 0, allowed = 0, jit_plans = 0, jit_selections = 0, case_no = 0;
  while (case_no < cases) {
    std::string text = gen.policy();
    INFO("seed " << seed << ", policy:\n" << text);
    ir::PolicySet set = testing::lower_policy(*mesh, text);
    auto compiled = jit::CompiledPolicySet::start(set, jit::Options{false, 2, 64});
    compiled->set_natives(natives);
    REQUIRE(compiled->error() == "");
    for (uint64_t q = 0; q < requests_per_policy && case_no < cases; ++q, ++case_no) {
      auto inputs = std::make_shared<jit::Inputs>(mesh->config, gen.principal(), gen.context());
      auto rows = gen.rows(q % 3 == 0 ? 40 : 12);
      // Sometimes a column is entirely null; sometimes strings are dictionary-encoded.
      if (q % 4 == 1) {
        for (auto& r : rows) r[3] = Null{};
      }
      std::vector<std::string> dict;
      if (q % 2 == 0) dict = {"country", "notes"};
      // Sometimes the batch is a slice: its columns start `skip` rows into their buffers.
      const size_t skip = q % 3 == 2 ? 1 + static_cast<size_t>(q % 5) : 0;
      std::vector<eval::Row> buffered = gen.rows(static_cast<int>(skip));
      buffered.resize(std::min(buffered.size(), skip));
      while (buffered.size() < skip) buffered.push_back(rows.empty() ? eval::Row(orders.columns.size(), Scalar{Null{}}) : rows[0]);
      buffered.insert(buffered.end(), rows.begin(), rows.end());
      eval::ArrowBatchBuilder batch;
      REQUIRE(eval::add_rows(batch, orders, buffered, dict));
      if (skip) {
        batch.array()->length = static_cast<int64_t>(rows.size());
        for (int64_t c = 0; c < batch.array()->n_children; ++c) {
          batch.array()->children[c]->offset = static_cast<int64_t>(skip);
          batch.array()->children[c]->length = static_cast<int64_t>(rows.size());
        }
      }
      std::string error;
      auto view = eval::BatchView::make(batch.schema(), batch.array(), orders, error);
      INFO(error);
      REQUIRE(view);

      eval::Plan ref = eval::make_plan(set, product, inputs->principal(), inputs->context(), {}, natives);
      auto plan = compiled->plan(product, inputs);
      INFO("case " << case_no << ", residual " << ir::render(*ref.row_filter));
      jit_plans += plan->engine == jit::Engine::Jit;
      REQUIRE(plan->allowed == ref.allowed);
      REQUIRE(ids(plan->access_rules) == ref.access_rules);
      REQUIRE(ids(plan->row_rules) == ref.row_rules);
      REQUIRE(plan->columns.size() == ref.columns.size());
      for (size_t c = 0; c < ref.columns.size(); ++c) {
        INFO("column " << ref.columns[c].name);
        REQUIRE(plan->columns[c].outcome == ref.columns[c].outcome);
        REQUIRE(ids(plan->columns[c].rules) == ref.columns[c].rules);
      }
      allowed += ref.allowed;

      jit::Engine used;
      auto selected = compiled->select(*plan, *inputs, *view, &used);
      std::vector<uint32_t> expected;
      for (size_t r = 0; r < rows.size(); ++r) {
        if (eval::row_visible(ref, rows[r], natives)) expected.push_back(static_cast<uint32_t>(r));
      }
      REQUIRE(selected == expected);
      jit_selections += used == jit::Engine::Jit || !ref.allowed || rows.empty();
      if (used != jit::Engine::Jit && ref.allowed && !rows.empty() && std::getenv("CUSTOS_JIT_DIFF_VERBOSE"))
        WARN("interpreted: " << compiled->kernel_status(product, *view));
      for (size_t c = 0; c < ref.columns.size(); ++c) {
        auto values = compiled->masked_values(*plan, *inputs, plan->columns[c], *view, selected);
        for (size_t k = 0; k < selected.size(); ++k) {
          Scalar want = ref.columns[c].outcome == eval::ColumnOutcome::Denied
                            ? Scalar{Null{}}
                            : eval::column_value(ref, ref.columns[c], rows[selected[k]], natives);
          INFO("column " << ref.columns[c].name << ", row " << selected[k] << ": jit " << show(values[k]) << ", interpreter " << show(want));
          REQUIRE(((is_null(values[k]) && is_null(want)) || values[k] == want));
        }
        compared_rows += selected.size();
      }
    }
  }
  CHECK(allowed > cases / 10);
  CHECK(compared_rows > cases);
  // Mistyped attributes (a few percent of the principals) are the interpreter's to decide.
  CHECK(jit_plans > cases * 9 / 10);
  CHECK(jit_selections > cases * 9 / 10);
}
