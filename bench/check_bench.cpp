// `custos check` on a generated mesh of 10,000 rules over 1,000 contracts (issue target: < 1 s),
// end to end and stage by stage.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "check/check.h"
#include "mesh/load_mesh.h"
#include "mesh_generator.h"
#include "parse/parse.h"
#include "pipeline.h"
#include "cli.h"

namespace {

using namespace custos;

const bench::GeneratedMesh& mesh_of(int contracts, int rules) {
  static std::map<std::pair<int, int>, bench::GeneratedMesh> cache;
  auto key = std::make_pair(contracts, rules);
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, bench::generate_mesh(contracts, rules)).first;
  return it->second;
}

void BM_CheckMesh(benchmark::State& state) {
  const auto& g = mesh_of(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
  for (auto _ : state) {
    SourceMap sources;
    Diagnostics diags;
    cli::CheckInputs in;
    in.paths = {g.root};
    auto checked = cli::load_and_check(in, sources, diags);
    if (diags.size() != 0 || checked.program.rules.size() != static_cast<size_t>(g.rules)) {
      state.SkipWithError("the generated mesh did not check clean");
      break;
    }
    benchmark::DoNotOptimize(checked.program.rules.data());
  }
  state.counters["contracts"] = static_cast<double>(g.contracts);
  state.counters["rules"] = static_cast<double>(g.rules);
}
BENCHMARK(BM_CheckMesh)->Args({100, 1000})->Args({1000, 10000})->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LoadContracts(benchmark::State& state) {
  const auto& g = mesh_of(1000, 10000);
  for (auto _ : state) {
    SourceMap sources;
    Diagnostics diags;
    auto mesh = mesh::load_mesh(g.root + "/custos.yaml", sources, diags);
    benchmark::DoNotOptimize(mesh->products.size());
  }
}
BENCHMARK(BM_LoadContracts)->Unit(benchmark::kMillisecond)->UseRealTime();

// Issue 19: `custos eval` on a 20,000-rule mesh, end to end as a user runs it (read, check, lower,
// decide one product), with the interpreter (the baseline) and the JIT (lazy: only the product
// decided is compiled). Target: JIT time <= 1.1 x the interpreter's.
void BM_CliEval(benchmark::State& state) {
  const bool jit = state.range(0) != 0;
  const auto& g = mesh_of(2000, 20000);
  const std::string principal = g.root + "/principal.json";
  std::ofstream(principal) << R"({"id": "u1", "roles": ["analyst", "agent"], "region": "EU", "clearance": 2, "country": "DE"})";
  for (auto _ : state) {
    std::ostringstream out, err;
    int rc = cli::run({"eval", g.root, "--principal", principal, "--product", "d0.p0", "--engine", jit ? "jit" : "interp"}, out, err);
    if (rc != 0) {
      state.SkipWithError(err.str().c_str());
      break;
    }
  }
  state.counters["rules"] = 20000;
  state.counters["target_ratio"] = 1.1;
}
BENCHMARK(BM_CliEval)->Arg(0)->Arg(1)->ArgNames({"jit"})->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace
