// The embedding API as an engine uses it (custos.hpp), on a bundle of the example mesh:
// decisions per second with 1, 2 and 4 threads (each thread its own session; the same session
// shared by all threads), a fresh session per query, governing a 1,024-row batch, and the cost
// of a hot reload (verify + check + compile + swap) with the JIT and with the interpreter only.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "arrow_builder.h"
#include "cli.h"
#include "custos/custos.hpp"
#include "decision_inputs.h"
#include "load_bundle.h"

namespace {

const std::string kExamples = std::string(CUSTOS_SOURCE_DIR) + "/policies/examples";
const char* kAnalyst = R"({"id": "ana", "roles": ["analyst", "staff"], "region": "EU", "domain": "crm", "country": "DE", "clearance": 2})";
const char* kContext = R"({"purposes": ["reporting"], "now": "2026-03-01T09:00:00Z"})";
// The benchmarks' `hash` key (there is no default key), given to `custos build` and the engines.
const std::string kHashKey = "custos-benchmark-hash-key-0123456789abcdef";

custos::EngineOptions bench_options() {
  custos::EngineOptions o;
  o.hash_key = kHashKey;
  return o;
}

std::string bundle_bytes() {
  static std::string bytes = [] {
    std::string path = (std::filesystem::temp_directory_path() / "custos-embed-bench.bundle").string();
    std::ostringstream out, err;
    std::string key_path = path + ".key";
    std::ofstream(key_path) << kHashKey;
    int code = custos::cli::run({"build", kExamples, "-o", path, "--revision", "bench", "--hash-key-file", key_path}, out, err);
    std::filesystem::remove(key_path);
    if (code != 0) {
      throw std::runtime_error(err.str());
    }
    std::ifstream f(path, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    std::filesystem::remove(path);
    return s.str();
  }();
  return bytes;
}

custos::Engine& engine() {
  static custos::Engine e(bench_options());
  static bool loaded = (e.load_bundle(bundle_bytes(), "bench"), true);
  (void)loaded;
  return e;
}

// Table access and column outcomes for one query, each thread with its own principal (as
// different users' queries are).
void BM_Decide(benchmark::State& state) {
  std::string principal = kAnalyst;
  principal.replace(principal.find("\"ana\""), 5, "\"ana" + std::to_string(state.thread_index()) + "\"");
  custos::Session s = engine().session(principal, kContext);
  for (auto _ : state) {
    custos::Plan p = s.plan("crm.customers");
    benchmark::DoNotOptimize(p.allowed());
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["decisions/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Decide)->Threads(1)->Threads(2)->Threads(4)->UseRealTime();

// The same with one session shared by every thread: every thread reads the same cached plan
// (the worst case for contention).
void BM_DecideSharedSession(benchmark::State& state) {
  static custos::Session shared = engine().session(kAnalyst, kContext);
  for (auto _ : state) {
    custos::Plan p = shared.plan("crm.customers");
    benchmark::DoNotOptimize(p.allowed());
  }
  state.counters["decisions/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_DecideSharedSession)->Threads(1)->Threads(2)->Threads(4)->UseRealTime();

// A query from a principal given as JSON: parse and bind the session, then decide.
void BM_SessionAndDecide(benchmark::State& state) {
  for (auto _ : state) {
    custos::Plan p = engine().session(kAnalyst, kContext).plan("crm.customers");
    benchmark::DoNotOptimize(p.allowed());
  }
  state.counters["decisions/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SessionAndDecide)->Threads(1)->Threads(2)->Threads(4)->UseRealTime();

// Stage 2: filter and mask a 1,024-row batch of customers (the example rows repeated).
void BM_ApplyBatch(benchmark::State& state) {
  std::string error;
  auto ref = custos::bundle::load(bundle_bytes(), {}, "bench", error);
  const custos::Product& p = ref->mesh->products[ref->mesh->index.at("crm.customers")];
  std::vector<std::string> errors;
  auto rows = custos::eval::rows_from_file(kExamples + "/data/customers.csv", p, errors);
  std::vector<custos::eval::Row> many;
  while (many.size() < 1024) many.push_back(rows[many.size() % rows.size()]);
  custos::eval::ArrowBatchBuilder batch;
  custos::eval::add_rows(batch, p, many);
  custos::Plan plan = engine().session(kAnalyst, kContext).plan("crm.customers");
  for (auto _ : state) {
    ArrowSchema s{};
    ArrowArray a{};
    plan.apply(batch.schema(), batch.array(), &s, &a);
    benchmark::DoNotOptimize(a.length);
    a.release(&a);
    s.release(&s);
  }
  state.SetItemsProcessed(state.iterations() * 1024);
}
BENCHMARK(BM_ApplyBatch);

// A hot reload: verify, parse, check, lower, compile (JIT: plan functions and canonical row
// filters) and swap, while the engine keeps serving.
void BM_Reload(benchmark::State& state) {
  custos::EngineOptions o = bench_options();
  o.jit = state.range(0) != 0;
  custos::Engine e(o);
  e.load_bundle(bundle_bytes(), "first");
  for (auto _ : state) benchmark::DoNotOptimize(e.load_bundle(bundle_bytes(), "reload").rules);
  state.SetLabel(o.jit ? "jit" : "interpreter only");
}
BENCHMARK(BM_Reload)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);

}  // namespace
