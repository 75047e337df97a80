// Stage 1 (plans) with the JIT beside the interpreter, in one run. Issue targets: a cached plan
// lookup in at most 50 ns; a cold plan for a principal on a 1,000-rule policy set in at most 2 µs.
// Also the JIT's compile time for 10 / 100 / 1,000 / 10,000 rules.
#include <benchmark/benchmark.h>

#include <map>

#include "compiled_policy_set.h"
#include "footprint.h"
#include "mesh_generator.h"
#include "pipeline.h"

namespace {

using namespace custos;

// A generated mesh, checked and lowered once per size.
struct Loaded {
  SourceMap sources;
  Diagnostics diags;
  cli::CheckedMesh checked;
  std::unique_ptr<ir::PolicySet> set;
  size_t busiest = 0;  // the product with the most rules
};

Loaded& loaded(int contracts, int rules, int domains) {
  static std::map<std::tuple<int, int, int>, std::unique_ptr<Loaded>> cache;
  auto& slot = cache[{contracts, rules, domains}];
  if (!slot) {
    slot = std::make_unique<Loaded>();
    auto g = bench::generate_mesh(contracts, rules, domains);
    cli::CheckInputs in;
    in.paths = {g.root};
    slot->checked = cli::load_and_check(in, slot->sources, slot->diags);
    slot->set = std::make_unique<ir::PolicySet>(ir::lower(*slot->checked.mesh, std::move(slot->checked.program)));
    size_t most = 0;
    for (size_t p = 0; p < slot->set->products.size(); ++p) {
      const auto& r = slot->set->products[p];
      size_t n = r.permits.size() + r.forbids.size() + r.masks.size() + r.denies.size();
      if (n > most) {
        most = n;
        slot->busiest = p;
      }
    }
  }
  return *slot;
}

eval::Attributes principal(int i) {
  eval::Attributes a;
  a.values["id"] = eval::Val::of(std::string(i % 3 ? "user" : "admin") + std::to_string(i));
  std::vector<Scalar> roles{std::string("analyst")};
  if (i % 2) roles.push_back(std::string("agent"));
  a.values["roles"] = eval::Val::collection(roles);
  a.values["region"] = eval::Val::of(std::string(i % 4 ? "EU" : "US"));
  a.values["clearance"] = eval::Val::of(int64_t{i % 5});
  a.values["country"] = eval::Val::of(std::string("DE"));
  return a;
}

eval::Attributes context() {
  eval::Attributes c;
  c.values["purposes"] = eval::Val::collection({std::string("fraud")});
  c.values["now"] = eval::Val::of(Timestamp{1767225600000000});
  return c;
}

void counters(benchmark::State& state, const Loaded& l) {
  const auto& r = l.set->products[l.busiest];
  state.counters["rules"] = static_cast<double>(l.set->program.rules.size());
  state.counters["product_rules"] = static_cast<double>(r.permits.size() + r.forbids.size() + r.masks.size() + r.denies.size());
}

// Args: contracts, rules, domains. {100, 1000, 100}: 1,000 rules, ~10 per product;
// {1, 1000, 1}: all 1,000 rules on one product (the worst case for one plan).
void BM_PlanCold_Jit(benchmark::State& state) {
  Loaded& l = loaded(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)), static_cast<int>(state.range(2)));
  auto compiled = jit::CompiledPolicySet::start(*l.set, jit::Options{false, 2, 1, false});
  std::vector<eval::Attributes> principals;
  for (int i = 0; i < 1024; ++i) principals.push_back(principal(i));
  eval::Attributes ctx = context();
  size_t i = 0;
  for (auto _ : state) {
    // A principal not seen before: encode it, run the plan function, assemble the plan.
    auto inputs = std::make_shared<jit::Inputs>(l.set->mesh->config, principals[i++ % 1024], ctx);
    auto plan = compiled->plan(l.busiest, inputs);
    if (plan->engine != jit::Engine::Jit) state.SkipWithError("not compiled");
    benchmark::DoNotOptimize(plan.get());
  }
  counters(state, l);
}

// The same with the principal's session already bound (encoded once), the plan not cached (the
// cache of 1 entry evicts each content before its next session binds).
void BM_PlanCold_Jit_BoundSession(benchmark::State& state) {
  Loaded& l = loaded(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)), static_cast<int>(state.range(2)));
  auto compiled = jit::CompiledPolicySet::start(*l.set, jit::Options{false, 2, 1, false});
  std::vector<std::shared_ptr<jit::Inputs>> sessions;
  size_t i = 0;
  for (auto _ : state) {
    // Fresh sessions every 1,024 decisions (untimed): a session's own table of plans would
    // otherwise answer from the second round on (that is BM_PlanCached_Jit).
    if (i % 1024 == 0) {
      state.PauseTiming();
      sessions.clear();
      for (int k = 0; k < 1024; ++k) {
        sessions.push_back(std::make_shared<jit::Inputs>(l.set->mesh->config, principal(k), context()));
        compiled->bind(*sessions.back());
      }
      state.ResumeTiming();
    }
    auto plan = compiled->plan(l.busiest, sessions[i++ % 1024]);
    if (plan->engine != jit::Engine::Jit) state.SkipWithError("not compiled");
    benchmark::DoNotOptimize(plan.get());
  }
  counters(state, l);
}

void BM_PlanCold_Interpreter(benchmark::State& state) {
  Loaded& l = loaded(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)), static_cast<int>(state.range(2)));
  std::vector<eval::Attributes> principals;
  for (int i = 0; i < 1024; ++i) principals.push_back(principal(i));
  eval::Attributes ctx = context();
  stdlib::NativeContext natives;
  natives.hash_key = "a fuzzing and benchmarking key, 32+ bytes long";
  size_t i = 0;
  for (auto _ : state) {
    auto plan = eval::make_plan(*l.set, l.busiest, principals[i++ % 1024], ctx, {}, natives);
    benchmark::DoNotOptimize(plan.allowed);
  }
  counters(state, l);
}

void BM_PlanCached_Jit(benchmark::State& state) {
  Loaded& l = loaded(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)), static_cast<int>(state.range(2)));
  auto compiled = jit::CompiledPolicySet::start(*l.set, jit::Options{false, 2, 4096, false});
  auto inputs = std::make_shared<jit::Inputs>(l.set->mesh->config, principal(7), context());
  compiled->plan(l.busiest, inputs);
  for (auto _ : state) {
    auto plan = compiled->plan(l.busiest, inputs);
    benchmark::DoNotOptimize(plan.get());
  }
  counters(state, l);
}

// Compiling a whole policy set: every plan function and (second argument 1) every canonical row filter.
void BM_JitCompile(benchmark::State& state) {
  int rules = static_cast<int>(state.range(0));
  bool filters = state.range(1) != 0;
  int contracts = std::max(1, rules / 10);
  Loaded& l = loaded(contracts, rules, std::min(contracts, 100));
  for (auto _ : state) {
    auto compiled = jit::CompiledPolicySet::start(*l.set, jit::Options{false, 2, 16, filters});
    if (!compiled->ready()) state.SkipWithError(compiled->error().c_str());
  }
  state.counters["rules"] = static_cast<double>(rules);
  state.counters["products"] = static_cast<double>(l.set->products.size());
}

// Issue 19: the memory a whole compiled set keeps per rule (target <= 5 KiB at 10,000 rules): every
// plan function and canonical row filter, LLVM's state and the code pages, over the lowered set.
void BM_JitMemory(benchmark::State& state) {
  int rules = static_cast<int>(state.range(0));
  int contracts = std::max(1, rules / 10);
  Loaded& l = loaded(contracts, rules, std::min(contracts, 100));
  double heap = 0, resident = 0, kept = 0;
  for (auto _ : state) {
    bench::Footprint before;
    auto compiled = jit::CompiledPolicySet::start(*l.set, jit::Options{false, 2, 16, true});
    if (!compiled->ready()) state.SkipWithError(compiled->error().c_str());
    heap = before.heap_grown();
    resident = before.resident_grown();
    kept = before.grown();
  }
  state.counters["KiB_per_rule"] = kept / 1024 / rules;
  state.counters["heap_KiB_per_rule"] = heap / 1024 / rules;
  state.counters["resident_KiB_per_rule"] = resident / 1024 / rules;
  state.counters["target_KiB"] = 5;
}

// Issue 19: the first compiled decision for one product of a 10,000-rule set, from a lowered set
// (the bundle already read): lazily only that product is compiled (target <= 5 ms), eagerly the
// whole set is (the baseline: what every engine and CLI command paid before).
void first_decision(benchmark::State& state, bool lazy) {
  int rules = static_cast<int>(state.range(0));
  int contracts = std::max(1, rules / 10);
  Loaded& l = loaded(contracts, rules, std::min(contracts, 100));
  auto inputs = std::make_shared<jit::Inputs>(l.set->mesh->config, principal(1), context());
  for (auto _ : state) {
    jit::Options o{false, 2, 16, true};
    o.lazy = lazy;
    auto compiled = jit::CompiledPolicySet::start(*l.set, o);
    auto plan = compiled->plan(l.busiest, inputs);
    if (plan->engine != jit::Engine::Jit) state.SkipWithError("not compiled");
    benchmark::DoNotOptimize(plan.get());
  }
  state.counters["rules"] = static_cast<double>(l.set->program.rules.size());
  state.counters["target_ms"] = 5;
}
void BM_FirstDecision_Lazy(benchmark::State& state) { first_decision(state, true); }
// What of that is starting LLVM's JIT (target machine, LLJIT, host symbols) before any product.
void BM_JitStart(benchmark::State& state) {
  Loaded& l = loaded(1000, 10000, 100);
  for (auto _ : state) {
    jit::Options o{false, 2, 16, true};
    o.lazy = true;
    auto compiled = jit::CompiledPolicySet::start(*l.set, o);
    if (!compiled->ready()) state.SkipWithError(compiled->error().c_str());
  }
}
void BM_FirstDecision_Eager(benchmark::State& state) { first_decision(state, false); }

BENCHMARK(BM_FirstDecision_Lazy)->Arg(1000)->Arg(10000)->ArgNames({"rules"})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JitStart)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FirstDecision_Eager)->Arg(1000)->Arg(10000)->ArgNames({"rules"})->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_PlanCached_Jit)->Args({100, 1000, 100})->Args({1, 1000, 1});
BENCHMARK(BM_PlanCold_Jit)->Args({100, 1000, 100})->Args({1, 1000, 1});
BENCHMARK(BM_PlanCold_Jit_BoundSession)->Args({100, 1000, 100})->Args({1, 1000, 1});
BENCHMARK(BM_PlanCold_Interpreter)->Args({100, 1000, 100})->Args({1, 1000, 1});
BENCHMARK(BM_JitMemory)->Arg(1000)->Arg(10000)->ArgNames({"rules"})->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_JitCompile)
    ->ArgsProduct({{10, 100, 1000, 10000}, {0, 1}})
    ->ArgNames({"rules", "filters"})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace
