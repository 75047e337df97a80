// The language server's answer times (issue 21: "diagnostics for the example mesh after an edit,
// and completion in a 10,000-rule mesh, each well under 50 ms"), in process, with the JSON
// serialised as it would be for the editor. Beside them in the same run, the baseline: the same
// checking work through `custos check`'s pipeline (cli::load_and_check).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>

#include "lsp_server.h"
#include "mesh_generator.h"
#include "pipeline.h"
#include "text_position.h"

namespace {

using namespace custos;
using nlohmann::json;
namespace fs = std::filesystem;

constexpr double kTargetMs = 50;

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A server with `path` open; `sent` counts the messages it wrote.
struct Session {
  size_t sent = 0;
  std::string uri, text;
  lsp::Server server;
  explicit Session(const std::string& path)
      : uri(lsp::path_to_uri(fs::absolute(path).lexically_normal().string())),
        text(read(path)),
        server(options(), [this](const json& m) {
          benchmark::DoNotOptimize(m.dump());
          ++sent;
        }) {
    server.handle(json{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", json::object()}}}});
    server.handle(json{{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
                       {"params", {{"textDocument", {{"uri", uri}, {"languageId", "custos"}, {"version", 1}, {"text", text}}}}}});
    server.run_due(lsp::Server::Clock::now() + std::chrono::hours(1));
  }
  static lsp::ServerOptions options() {
    lsp::ServerOptions o;
    o.debounce = std::chrono::milliseconds(0);
    o.prove_timeout_ms = 0;
    return o;
  }
  json position(const std::string& needle, size_t shift) const {
    size_t at = text.find(needle);
    return lsp::position_json(lsp::to_position(text, at + shift, lsp::Encoding::Utf16));
  }
};

const std::string& example_policy() {
  static const std::string p = fs::path(CUSTOS_SOURCE_DIR) / "policies/examples/policies/crm.custos";
  return p;
}

// A keystroke (a space typed, then removed) and the re-check it triggers, published.
void BM_LspDiagnosticsAfterEdit(benchmark::State& state, const std::string& path) {
  Session s(path);
  int version = 1;
  for (auto _ : state) {
    json range = {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", version % 2 ? 0 : 1}}}};
    s.server.handle(json{{"jsonrpc", "2.0"}, {"method", "textDocument/didChange"},
                         {"params", {{"textDocument", {{"uri", s.uri}, {"version", ++version}}},
                                     {"contentChanges", json::array({{{"range", range}, {"text", version % 2 ? "" : " "}}})}}}});
    s.server.run_due(lsp::Server::Clock::now() + std::chrono::hours(1));
  }
  state.counters["target_ms"] = kTargetMs;
  state.counters["messages"] = benchmark::Counter(static_cast<double>(s.sent), benchmark::Counter::kAvgIterations);
}

// The baseline: the example mesh through `custos check`'s pipeline.
void BM_CheckPipeline(benchmark::State& state, const std::string& root) {
  for (auto _ : state) {
    SourceMap sources;
    Diagnostics diags;
    cli::CheckInputs in;
    in.paths = {root};
    auto checked = cli::load_and_check(in, sources, diags);
    benchmark::DoNotOptimize(checked.program.rules.data());
  }
}

const bench::GeneratedMesh& big_mesh() {
  static const bench::GeneratedMesh g = bench::generate_mesh(1000, 10000);
  return g;
}

// Completion in a condition (`rows where |`) of a 10,000-rule mesh: columns, attributes, lets.
void BM_LspCompletion10k(benchmark::State& state) {
  Session s(big_mesh().root + "/policies/d0.custos");
  json params = {{"textDocument", {{"uri", s.uri}}}, {"position", s.position("rows where ", 11)}};
  json request = {{"jsonrpc", "2.0"}, {"id", 2}, {"method", "textDocument/completion"}, {"params", params}};
  size_t before = s.sent;
  for (auto _ : state) s.server.handle(request);
  if (s.sent - before != static_cast<size_t>(state.iterations())) state.SkipWithError("completion did not answer");
  state.counters["target_ms"] = kTargetMs;
}

// Hover on a column (its rules, all 10,000 scanned) of the same mesh, the analysis up to date.
void BM_LspHover10k(benchmark::State& state) {
  Session s(big_mesh().root + "/policies/d0.custos");
  json params = {{"textDocument", {{"uri", s.uri}}}, {"position", s.position(".email with", 2)}};
  json request = {{"jsonrpc", "2.0"}, {"id", 2}, {"method", "textDocument/hover"}, {"params", params}};
  for (auto _ : state) s.server.handle(request);
  state.counters["target_ms"] = kTargetMs;
}

BENCHMARK_CAPTURE(BM_LspDiagnosticsAfterEdit, example_mesh, example_policy())->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_CheckPipeline, example_mesh_baseline, (fs::path(CUSTOS_SOURCE_DIR) / "policies/examples").string())
    ->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_LspCompletion10k)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_LspHover10k)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_LspDiagnosticsAfterEdit, mesh_10k_rules, big_mesh().root + "/policies/d0.custos")
    ->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

}  // namespace

BENCHMARK_MAIN();
