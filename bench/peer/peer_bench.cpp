// Custos' side of the peer benchmark (docs/benchmarks.md), on workloads written by
// custos_workload: loading each policy set, per-decision latency (median, p99) and decisions per
// second with the JIT and with the interpreter, and the row filter in ns/row. It also writes the
// decisions it made (custos-decisions.txt, custos-rows.txt) into each workload folder, after
// checking that the JIT and the interpreter agree on all of them; the Cedar runner then requires
// Cedar to give the same answers.
//
//   custos_peer_bench [benchmark flags] WORKLOAD_DIR...
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "arrow_builder.h"
#include "cli.h"
#include "custos/custos.hpp"
#include "footprint.h"
#include "pipeline.h"
#include "workload.h"

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

// Rows the Cedar runner authorizes one by one (it needs ~100 µs each): the check covers these.
constexpr size_t kCedarRows = 10000;

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  if (!f) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) {
    if (!l.empty()) out.push_back(l);
  }
  return out;
}

using custos::bench::Footprint;

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

struct Request {
  std::string principal_json, context_json, product;
};

// One workload folder, loaded once.
struct Workload {
  fs::path dir;
  int rules = 0;
  std::vector<std::string> principals;
  std::vector<Request> requests;
  std::string bundle;
  std::unique_ptr<custos::Engine> jit, interp;
  double check_ms = 0, load_jit_ms = 0, load_interp_ms = 0, bytes_per_rule_jit = 0, bytes_per_rule_interp = 0;
  std::unique_ptr<custos::eval::ArrowBatchBuilder> rows;
  int64_t row_count = 0;

  explicit Workload(fs::path d) : dir(std::move(d)) {
    json meta = json::parse(slurp(dir / "workload.json"));
    rules = meta.at("rules").get<int>();
    principals = lines(slurp(dir / "principals.jsonl"));
    for (const auto& l : lines(slurp(dir / "requests.jsonl"))) {
      json r = json::parse(l);
      requests.push_back({principals.at(r.at("principal").get<size_t>()), json{{"purposes", r.at("purposes")}}.dump(),
                          r.at("product").get<std::string>()});
    }
    // Check alone (parse, resolve, type-check), as `custos check` does it.
    auto t0 = Clock::now();
    {
      custos::SourceMap sources;
      custos::Diagnostics diags;
      custos::cli::CheckInputs in;
      in.paths = {(dir / "custos").string()};
      auto checked = custos::cli::load_and_check(in, sources, diags);
      if (diags.has_errors() || !checked.mesh) throw std::runtime_error("the workload's mesh does not check: " + dir.string());
    }
    check_ms = ms_since(t0);
    std::string path = (dir / "custos.bundle").string();
    std::ostringstream out, err;
    // The `hash` key (there is no default); the bundle records its id, the engines get the key.
    const std::string hash_key = "custos-peer-benchmark-hash-key-0123456789";
    const std::string key_path = (dir / "hash.key").string();
    std::ofstream(key_path) << hash_key;
    if (custos::cli::run({"build", (dir / "custos").string(), "-o", path, "--revision", "peer", "--hash-key-file", key_path},
                         out, err) != 0) {
      throw std::runtime_error(err.str());
    }
    bundle = slurp(path);
    // Loading = verify + parse + check + lower (+ compile every plan function and row filter).
    // Memory: the process's resident set before and after, per rule.
    custos::EngineOptions no_jit;
    no_jit.hash_key = hash_key;
    no_jit.jit = false;
    Footprint before;
    t0 = Clock::now();
    interp = std::make_unique<custos::Engine>(no_jit);
    interp->load_bundle(bundle, "peer");
    load_interp_ms = ms_since(t0);
    bytes_per_rule_interp = before.grown() / rules;
    Footprint before_jit;
    t0 = Clock::now();
    custos::EngineOptions with_jit;
    with_jit.hash_key = hash_key;
    jit = std::make_unique<custos::Engine>(with_jit);
    auto info = jit->load_bundle(bundle, "peer");
    load_jit_ms = ms_since(t0);
    bytes_per_rule_jit = before_jit.grown() / rules;
    if (!info.jit_status.empty()) throw std::runtime_error("the JIT does not serve this workload: " + info.jit_status);
    load_rows();
    write_decisions();
  }

  void load_rows() {
    std::vector<std::optional<int64_t>> id;
    std::vector<std::optional<std::string>> country, email, note;
    std::vector<std::optional<double>> amount;
    std::ifstream f(dir / "rows.csv");
    std::string line;
    std::getline(f, line);  // header
    while (std::getline(f, line)) {
      std::istringstream in(line);
      std::string a, b, c, d, e;
      std::getline(in, a, ',');
      std::getline(in, b, ',');
      std::getline(in, c, ',');
      std::getline(in, d, ',');
      std::getline(in, e, ',');
      id.push_back(std::stoll(a));
      country.push_back(b);
      amount.push_back(std::stod(c));
      email.push_back(d);
      note.push_back(e);
    }
    rows = std::make_unique<custos::eval::ArrowBatchBuilder>();
    rows->add_int64("id", id);
    rows->add_utf8("country", country);
    rows->add_float64("amount", amount);
    rows->add_utf8("email", email);
    rows->add_utf8("note", note);
    row_count = rows->length();
  }

  // The answers the Cedar runner must reproduce; the JIT and the interpreter must agree first.
  void write_decisions() {
    std::ofstream out(dir / "custos-decisions.txt", std::ios::trunc);
    size_t allowed = 0;
    for (const auto& r : requests) {
      bool a = jit->session(r.principal_json, r.context_json).plan(r.product).allowed();
      bool b = interp->session(r.principal_json, r.context_json).plan(r.product).allowed();
      if (a != b) throw std::runtime_error("the JIT and the interpreter disagree on a request of " + dir.string());
      out << (a ? "allow\n" : "deny\n");
      allowed += a;
    }
    const std::string& who = principals.at(custos::peer::kRowPrincipal);
    auto visible = jit->session(who).plan(custos::peer::kRowProduct).filter(rows->schema(), rows->array());
    auto visible_interp = interp->session(who).plan(custos::peer::kRowProduct).filter(rows->schema(), rows->array());
    if (visible != visible_interp) throw std::runtime_error("the JIT and the interpreter disagree on the rows of " + dir.string());
    std::ofstream r(dir / "custos-rows.txt", std::ios::trunc);
    for (uint32_t i : visible) {
      if (i < kCedarRows) r << i << "\n";
    }
    std::cerr << dir.string() << ": " << rules << " rules, " << requests.size() << " requests (" << allowed << " allowed), "
              << visible.size() << " of " << row_count << " rows visible\n";
  }
};

std::map<std::string, std::unique_ptr<Workload>>& workloads() {
  static std::map<std::string, std::unique_ptr<Workload>> w;
  return w;
}

Workload& workload(const std::string& dir) {
  auto& slot = workloads()[dir];
  if (!slot) slot = std::make_unique<Workload>(dir);
  return *slot;
}

// Median and 99th percentile of per-decision latencies.
void latency_counters(benchmark::State& state, std::vector<double>& ns) {
  std::sort(ns.begin(), ns.end());
  auto at = [&](double q) { return ns[std::min(ns.size() - 1, static_cast<size_t>(std::ceil(q * static_cast<double>(ns.size()))) - 1)]; };
  state.counters["median_ns"] = at(0.5);
  state.counters["p99_ns"] = at(0.99);
  // What reading the clock twice costs, included in every latency above.
  std::vector<double> t;
  for (int i = 0; i < 1001; ++i) {
    auto a = Clock::now();
    auto b = Clock::now();
    t.push_back(std::chrono::duration<double, std::nano>(b - a).count());
  }
  std::nth_element(t.begin(), t.begin() + 500, t.end());
  state.counters["timer_ns"] = t[500];
}

void BM_Load(benchmark::State& state, std::string dir) {
  Workload* w = nullptr;
  for (auto _ : state) w = &workload(dir);  // loads once, on the first (only) iteration
  state.counters["rules"] = w->rules;
  state.counters["check_ms"] = w->check_ms;
  state.counters["load_jit_ms"] = w->load_jit_ms;
  state.counters["load_interp_ms"] = w->load_interp_ms;
  state.counters["bytes_per_rule_jit"] = w->bytes_per_rule_jit;
  state.counters["bytes_per_rule_interp"] = w->bytes_per_rule_interp;
}

// One timed pass over the request stream per benchmark iteration, one clock reading around each
// decision; `prepare` runs untimed before each pass, `decide(i)` decides request i.
template <class Prepare, class Decide>
void time_requests(benchmark::State& state, const Workload& w, Prepare&& prepare, Decide&& decide) {
  std::vector<double> ns;
  double total_ns = 0;
  for (auto _ : state) {
    state.PauseTiming();
    prepare();
    state.ResumeTiming();
    auto pass = Clock::now();
    for (size_t i = 0; i < w.requests.size(); ++i) {
      auto t0 = Clock::now();
      bool allowed = decide(i);
      auto t1 = Clock::now();
      benchmark::DoNotOptimize(allowed);
      ns.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count());
    }
    total_ns += std::chrono::duration<double, std::nano>(Clock::now() - pass).count();
  }
  state.SetItemsProcessed(static_cast<int64_t>(ns.size()));
  state.counters["rules"] = w.rules;
  state.counters["decisions_per_s"] = static_cast<double>(ns.size()) / (total_ns / 1e9);
  latency_counters(state, ns);
}

// Each request's principal bound to a session beforehand (as an engine does once per
// connection): a fresh session per request. The first pass decides every plan cold; later passes
// bind principals seen before, whose plans come from the JIT's content-keyed cache.
void BM_DecideBound(benchmark::State& state, std::string dir, bool use_jit) {
  Workload& w = workload(dir);
  const custos::Engine& engine = use_jit ? *w.jit : *w.interp;
  std::vector<custos::Session> sessions;
  time_requests(
      state, w,
      [&] {
        sessions.clear();
        for (const auto& r : w.requests) sessions.push_back(engine.session(r.principal_json, r.context_json));
      },
      [&](size_t i) { return sessions[i].plan(w.requests[i].product).allowed(); });
}

// The request as Cedar gets it: the principal and context as JSON, parsed and bound per request.
void BM_DecideJson(benchmark::State& state, std::string dir) {
  Workload& w = workload(dir);
  time_requests(
      state, w, [] {},
      [&](size_t i) {
        const Request& r = w.requests[i];
        return w.jit->session(r.principal_json, r.context_json).plan(r.product).allowed();
      });
}

// The same with a principal never seen before on every request (its `id` made unique per request
// and pass; no rule reads it): each request's JSON is read, encoded and bound anew and its plan
// function runs, where BM_DecideJson's repeated principals find the inputs read before.
void BM_DecideJsonUnseen(benchmark::State& state, std::string dir) {
  Workload& w = workload(dir);
  std::vector<std::string> principals(w.requests.size());
  static uint64_t pass = 0;
  time_requests(
      state, w,
      [&] {
        ++pass;
        for (size_t i = 0; i < w.requests.size(); ++i) {
          std::string p = w.requests[i].principal_json;
          const size_t at = p.find("\"id\":\"");
          if (at == std::string::npos) throw std::runtime_error("a workload principal without an id");
          p.insert(at + 6, "unseen-" + std::to_string(pass) + "-" + std::to_string(i) + "-");
          principals[i] = std::move(p);
        }
      },
      [&](size_t i) {
        const Request& r = w.requests[i];
        return w.jit->session(principals[i], r.context_json).plan(r.product).allowed();
      });
}

// Stage 2: the row filter over the row product's batch (an Arrow struct array).
void BM_Rows(benchmark::State& state, std::string dir, bool use_jit) {
  Workload& w = workload(dir);
  const custos::Engine& engine = use_jit ? *w.jit : *w.interp;
  custos::Plan plan = engine.session(w.principals.at(custos::peer::kRowPrincipal)).plan(custos::peer::kRowProduct);
  size_t visible = 0;
  double total_ns = 0;
  for (auto _ : state) {
    auto t0 = Clock::now();
    auto sel = plan.filter(w.rows->schema(), w.rows->array());
    total_ns += std::chrono::duration<double, std::nano>(Clock::now() - t0).count();
    visible = sel.size();
    benchmark::DoNotOptimize(sel.data());
  }
  state.SetItemsProcessed(state.iterations() * w.row_count);
  state.counters["rules"] = w.rules;
  state.counters["visible"] = static_cast<double>(visible);
  state.counters["ns_per_row"] = total_ns / static_cast<double>(state.iterations()) / static_cast<double>(w.row_count);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc < 2) {
    std::cerr << "usage: custos_peer_bench [benchmark flags] WORKLOAD_DIR...\n"
                 "  (custos_workload writes workloads; scripts/bench-peers.sh runs everything)\n";
    return 2;
  }
  std::vector<std::string> dirs(argv + 1, argv + argc);
  for (const auto& d : dirs) {
    if (!fs::exists(fs::path(d) / "workload.json")) {
      std::cerr << "error: " << d << " is not a workload folder (no workload.json)\n";
      return 2;
    }
  }
  // Loading first, while the process is small (resident-set growth is the memory figure).
  for (const auto& d : dirs) {
    std::string name = fs::path(d).filename().string();
    benchmark::RegisterBenchmark(("load/" + name).c_str(), BM_Load, d)->Iterations(1)->Unit(benchmark::kMillisecond);
  }
  for (const auto& d : dirs) {
    std::string name = fs::path(d).filename().string();
    benchmark::RegisterBenchmark(("decide/jit/" + name).c_str(), BM_DecideBound, d, true)->Iterations(3)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("decide/interp/" + name).c_str(), BM_DecideBound, d, false)->Iterations(3)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("decide/json/" + name).c_str(), BM_DecideJson, d)->Iterations(2)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("decide/json-unseen/" + name).c_str(), BM_DecideJsonUnseen, d)->Iterations(2)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("rows/jit/" + name).c_str(), BM_Rows, d, true)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("rows/interp/" + name).c_str(), BM_Rows, d, false)->Iterations(1)->Unit(benchmark::kMillisecond);
  }
  try {
    benchmark::RunSpecifiedBenchmarks();
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
  benchmark::Shutdown();
  return 0;
}
