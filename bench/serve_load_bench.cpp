// `custos serve` under load, on loopback, as Trino drives it: many keep-alive connections, each
// sending one request and waiting for its answer (tests/support/http_load.h), with requests shaped
// as Trino's OPA plugin builds them (tests/support/trino_requests.h) on the example mesh.
//
// For each request kind and 1, 16 and 64 connections it reports requests/s, decisions/s (a batch
// of 1,000 items is 1,000 decisions) and p50/p99/max latency, with the issue's targets beside them;
// `BM_Floor` runs the same client against a one-thread epoll server that answers a constant body
// without parsing it (the loopback and client floor of this machine). Every answer is checked.
// The load generator runs on the same machine (on CI and the reference 2-core machine, it takes
// about one core). CUSTOS_LOAD_SECONDS sets the length of each run (default 2).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "support/example_service.h"
#include "support/http_load.h"
#include "support/trino_requests.h"

namespace {

using custos::testing::LoadOptions;
using custos::testing::LoadRequest;
using custos::testing::LoadResult;
using nlohmann::json;
namespace trino = custos::testing::trino;

const std::string kExamples = std::string(CUSTOS_SOURCE_DIR) + "/policies/examples";
const std::string kHashKey = "custos-benchmark-hash-key-0123456789abcdef";

std::chrono::milliseconds run_length() {
  const char* s = std::getenv("CUSTOS_LOAD_SECONDS");
  double seconds = s ? std::atof(s) : 2.0;
  return std::chrono::milliseconds(static_cast<long>((seconds > 0 ? seconds : 2.0) * 1000));
}

// One server for the whole program, with `custos serve`'s default options (CUSTOS_SERVE_THREADS
// sets --threads), except the per-client connection limit: every connection comes from loopback here,
// and a run's connections may still be closing on the server when the next run opens its own.
custos::testing::ExampleService& service() {
  static custos::testing::ExampleService s(kHashKey, [](custos::serve::ServerOptions& o) {
    if (const char* t = std::getenv("CUSTOS_SERVE_THREADS")) o.threads = std::atoi(t);
    o.max_connections_per_client = 256;
  }, "load");
  return s;
}

// The request kinds, each a small mix over the example's users and products.
struct Kind {
  const char* name;
  std::vector<LoadRequest> mix;
  double decisions_per_request;
};

std::vector<LoadRequest> decisions() {
  return {{"/v1/data/trino/allow", trino::select("ana", "crm", "customers", {"customer_id", "email", "country"}).dump()},
          {"/v1/data/trino/allow", trino::select("bo", "crm", "customers", {"customer_id", "full_name"}).dump()},
          {"/v1/data/trino/allow", trino::select("zed", "after_sales", "warranty_claims", {"claim_id"}).dump()},
          {"/v1/data/trino/allow", trino::select("ana", "vehicle_rnd", "telemetry", json::array()).dump()}};
}

std::vector<LoadRequest> row_filters() {
  return {{"/v1/data/trino/rowFilters", trino::row_filters("ana", "crm", "customers").dump()},
          {"/v1/data/trino/rowFilters", trino::row_filters("bo", "crm", "customers").dump()}};
}

std::vector<LoadRequest> column_masks() {
  json resources = json::array();
  for (const char* c : {"customer_id", "full_name", "email", "phone", "country", "birth_date", "is_minor", "tax_id"}) {
    resources.push_back(trino::column("crm", "customers", c, "varchar"));
  }
  return {{"/v1/data/trino/batchColumnMasks", trino::masks("ana", resources).dump()},
          {"/v1/data/trino/batchColumnMasks", trino::masks("bo", resources).dump()}};
}

// FilterTables over 1,000 tables: the example's products, tables that are not products and
// information_schema, as a catalog listing sends them.
std::vector<LoadRequest> filter_1000() {
  const std::vector<std::pair<std::string, std::string>> tables = {
      {"crm", "customers"}, {"after_sales", "warranty_claims"}, {"vehicle_rnd", "telemetry"}, {"crm", "staging"}, {"information_schema", "tables"}};
  json resources = json::array();
  for (size_t i = 0; i < 1000; ++i) {
    const auto& [schema, table] = tables[i % tables.size()];
    resources.push_back(trino::table("lake", schema, i < tables.size() ? table : table + "_" + std::to_string(i)));
  }
  return {{"/v1/data/trino/batch", trino::filter("ana", "FilterTables", resources).dump()}};
}

void report(benchmark::State& state, const LoadResult& r, double decisions_per_request) {
  state.counters["requests_per_s"] = r.per_second();
  state.counters["decisions_per_s"] = r.per_second() * decisions_per_request;
  state.counters["p50_us"] = r.quantile_us(0.50);
  state.counters["p99_us"] = r.quantile_us(0.99);
  state.counters["max_us"] = r.quantile_us(1.0);
  state.counters["failed"] = static_cast<double>(r.failures + r.wrong);
  if (r.failures + r.wrong > 0) state.SkipWithError(("failed or wrong answers: " + r.first_problem).c_str());
}

void run(benchmark::State& state, const std::vector<LoadRequest>& mix, double decisions_per_request) {
  auto& s = service();
  LoadOptions options;
  options.port = s.port();
  options.connections = static_cast<unsigned>(state.range(0));
  options.duration = run_length();
  options.check = s.expected_answers(mix).check;  // each answer as given once before the run
  LoadResult r;
  for (auto _ : state) r = custos::testing::run_load(options, mix);
  report(state, r, decisions_per_request);
}

// Targets of the issue (2-core machine, load generator included), printed beside the result.
void targets(benchmark::State& state, double per_s_1, double p50_1, double per_s_64, double p99_64) {
  if (state.range(0) == 1) {
    state.counters["target_decisions_per_s"] = per_s_1;
    if (p50_1 > 0) state.counters["target_p50_us"] = p50_1;
  }
  if (state.range(0) == 64) {
    if (per_s_64 > 0) state.counters["target_decisions_per_s"] = per_s_64;
    state.counters["target_p99_us"] = p99_64;
  }
}

void BM_Decision(benchmark::State& state) {
  run(state, decisions(), 1);
  targets(state, 20000, 100, 50000, 2000);
}

void BM_RowFilter(benchmark::State& state) { run(state, row_filters(), 1); }

void BM_ColumnMasks8(benchmark::State& state) { run(state, column_masks(), 8); }

void BM_FilterTables1000(benchmark::State& state) {
  run(state, filter_1000(), 1000);
  if (state.range(0) == 1) state.counters["target_p50_us"] = 1000;
}

void BM_Floor(benchmark::State& state) {
  custos::testing::FloorServer floor(R"({"result":true})");
  LoadOptions options;
  options.port = floor.port();
  options.connections = static_cast<unsigned>(state.range(0));
  options.duration = run_length();
  LoadResult r;
  for (auto _ : state) r = custos::testing::run_load(options, decisions());
  report(state, r, 1);
}

#define LOAD(fn) BENCHMARK(fn)->Arg(1)->Arg(16)->Arg(64)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond)
LOAD(BM_Floor);
LOAD(BM_Decision);
LOAD(BM_RowFilter);
LOAD(BM_ColumnMasks8);
LOAD(BM_FilterTables1000);

}  // namespace
