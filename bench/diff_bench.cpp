// `custos diff` (issue 18): the example mesh with one threshold moved, and a generated mesh of
// 1,000 rules over 100 products with one rule changed (target: under 10 s on 2 cores; only the
// product the change touches is analysed). End to end through the command line, loading included,
// printed beside the target. And `custos who-can` on one product of a 10,000-rule mesh.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli.h"
#include "mesh_generator.h"

namespace {

using namespace custos;
namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

// OLD and NEW copies of `mesh` under a fresh folder, NEW with `from` replaced by `to` in `file`.
std::pair<std::string, std::string> pair_of(const fs::path& mesh, const std::string& file, const std::string& from, const std::string& to) {
  const fs::path root = fs::temp_directory_path() / ("custos-diff-bench-" + std::to_string(::getpid()) + "-" + mesh.filename().string());
  fs::remove_all(root);
  fs::create_directories(root);
  fs::copy(mesh, root / "old", fs::copy_options::recursive);
  fs::copy(mesh, root / "new", fs::copy_options::recursive);
  std::string text = read(root / "new" / file);
  const size_t at = text.find(from);
  if (at == std::string::npos) return {};
  text.replace(at, from.size(), to);
  std::ofstream(root / "new" / file, std::ios::binary | std::ios::trunc) << text;
  return {(root / "old").string(), (root / "new").string()};
}

void run_diff(benchmark::State& state, const std::pair<std::string, std::string>& meshes, double target_s) {
  if (meshes.first.empty()) {
    state.SkipWithError("the edit did not apply");
    return;
  }
  for (auto _ : state) {
    std::ostringstream out, err;
    int code = cli::run({"diff", meshes.first, meshes.second}, out, err);
    if (code != 1) {
      state.SkipWithError(("expected a widening (exit 1), got " + std::to_string(code) + ": " + out.str() + err.str()).c_str());
      break;
    }
  }
  if (target_s > 0) state.counters["target_s"] = target_s;
}

void BM_DiffExampleMesh(benchmark::State& state) {
  static const auto meshes = pair_of(fs::path(CUSTOS_SOURCE_DIR) / "policies/examples", "policies/crm.custos",
                                     "unless principal.clearance >= 4;", "unless principal.clearance >= 3;");
  run_diff(state, meshes, 0);
}
BENCHMARK(BM_DiffExampleMesh)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_DiffGenerated1000RulesOneChanged(benchmark::State& state) {
  static const bench::GeneratedMesh g = bench::generate_mesh(100, 1000);
  // Agents see rows above a lower amount: a widening of the row filter of d0.p0 only.
  static const auto meshes = pair_of(g.root, "policies/d0.custos", "amount > 1.5;", "amount > 0.5;");
  run_diff(state, meshes, 10.0);
  state.counters["rules"] = g.rules;
}
BENCHMARK(BM_DiffGenerated1000RulesOneChanged)->Unit(benchmark::kMillisecond)->UseRealTime();

// `custos who-can` on one product of a 10,000-rule mesh (1,000 products), end to end through the
// command line, beside `custos check` of the same mesh (loading and checking, the part of the time
// that is not analysis).
const bench::GeneratedMesh& mesh_10000() {
  static const bench::GeneratedMesh g = bench::generate_mesh(1000, 10000);
  return g;
}

void BM_WhoCanOneProductOf10000Rules(benchmark::State& state) {
  const auto& g = mesh_10000();
  for (auto _ : state) {
    std::ostringstream out, err;
    int code = cli::run({"who-can", g.root, "--product", "d0.p0", "--rows"}, out, err);
    if (code != 0 || out.str().find("readable when") == std::string::npos) {
      state.SkipWithError(("who-can failed (" + std::to_string(code) + "): " + out.str() + err.str()).c_str());
      break;
    }
  }
  state.counters["rules"] = g.rules;
}
BENCHMARK(BM_WhoCanOneProductOf10000Rules)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CheckOnly10000Rules_Baseline(benchmark::State& state) {
  const auto& g = mesh_10000();
  for (auto _ : state) {
    std::ostringstream out, err;
    cli::run({"check", g.root}, out, err);
  }
  state.counters["rules"] = g.rules;
}
BENCHMARK(BM_CheckOnly10000Rules_Baseline)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
