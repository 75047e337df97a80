// Fuzzes the JIT against the interpreter and the semantics oracle: the input bytes are the choices
// of the random policy generator (policy shape, principal, context, rows, layout), so mutations move
// through the space of well-typed policy sets and requests. Any disagreement on access, visible rows
// or a masked value traps.
#include <cstdint>
#include <string>

#include "arrow_builder.h"
#include "check/check.h"
#include "compiled_policy_set.h"
#include "diff/spec_oracle.h"
#include "ir/policy_set.h"
#include "parse/parse.h"
#include "plan.h"
#include "support/golden_mesh.h"
#include "support/random_policy.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static testing::GoldenMesh holder;
  const Mesh& mesh = *holder.mesh;
  const size_t product = holder.index("sales.orders");
  testing::RandomPolicies gen(std::string(reinterpret_cast<const char*>(data), size));
  std::string text = gen.policy(4);
  SourceMap sources;
  Diagnostics diags;
  std::vector<ast::File> files;
  files.push_back(parse::parse_file(sources.add("fuzz.custos", text), sources, diags));
  auto program = check::check_program(mesh, files, sources, diags);
  if (diags.error_count() != 0) __builtin_trap();  // the generator writes no errors (W0406 ties are on purpose)
  auto set = ir::lower(mesh, std::move(program));
  auto compiled = jit::CompiledPolicySet::start(set, jit::Options{false, 1, 16, false});
  stdlib::NativeContext natives;
  natives.hash_key = "a fuzzing and benchmarking key, 32+ bytes long";
  compiled->set_natives(natives);
  for (int q = 0; q < 3; ++q) {
    auto inputs = std::make_shared<jit::Inputs>(mesh.config, gen.principal(), gen.context());
    auto rows = gen.rows(16);
    eval::ArrowBatchBuilder batch;
    if (!eval::add_rows(batch, mesh.products[product], rows, q == 1 ? std::vector<std::string>{"country", "notes"} : std::vector<std::string>{}))
      __builtin_trap();
    std::string error;
    auto view = eval::BatchView::make(batch.schema(), batch.array(), mesh.products[product], error);
    if (!view) __builtin_trap();
    auto ref = eval::make_plan(set, product, inputs->principal(), inputs->context(), {}, natives);
    auto spec = testing::spec_decide(set, product, inputs->principal(), inputs->context(), rows, natives.hash_key);
    auto plan = compiled->plan(product, inputs);
    if (plan->allowed != ref.allowed || plan->allowed != spec.allowed) __builtin_trap();
    auto selected = compiled->select(*plan, *inputs, *view);
    size_t visible = 0;
    for (size_t r = 0; r < rows.size(); ++r) {
      bool shown = visible < selected.size() && selected[visible] == r;
      if (shown != spec.visible[r]) __builtin_trap();
      visible += shown;
    }
    for (size_t c = 0; c < plan->columns.size(); ++c) {
      auto values = compiled->masked_values(*plan, *inputs, plan->columns[c], *view, selected);
      for (size_t k = 0; k < selected.size(); ++k) {
        const auto& want = spec.values[k][plan->columns[c].index];
        bool denied = plan->columns[c].outcome == eval::ColumnOutcome::Denied;
        if (denied != !want.has_value()) __builtin_trap();
        if (!denied && !((is_null(values[k]) && is_null(*want)) || values[k] == *want)) __builtin_trap();
      }
    }
  }
  return 0;
}
