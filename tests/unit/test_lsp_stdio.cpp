// The language server's stdio loop in process: a reader thread and the main loop share the
// streams, so this case also runs under ThreadSanitizer (scripts/sanitize.sh).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "json_rpc.h"
#include "lsp_server.h"
#include "text_position.h"

using nlohmann::json;

namespace {
std::string framed(const json& m) { return custos::lsp::frame_message(m.dump()); }
}  // namespace

TEST_CASE("custos lsp: a whole session through run_stdio, answers in order", "[lsp][concurrency]") {
  const std::string path = std::string(CUSTOS_SOURCE_DIR) + "/policies/examples/policies/crm.custos";
  const std::string uri = custos::lsp::path_to_uri(path);
  std::ifstream file(path);
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  std::string input;
  input += framed({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", json::object()}, {"initializationOptions", {{"expiryWarnings", false}, {"proveTimeoutMs", 0}}}}}});
  input += framed({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}});
  input += framed({{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
                   {"params", {{"textDocument", {{"uri", uri}, {"languageId", "custos"}, {"version", 1}, {"text", text}}}}}});
  for (int i = 0; i < 20; ++i) {
    input += framed({{"jsonrpc", "2.0"}, {"id", 10 + i}, {"method", "textDocument/hover"},
                     {"params", {{"textDocument", {{"uri", uri}}}, {"position", {{"line", 10}, {"character", 2 + i % 5}}}}}});
  }
  input += framed({{"jsonrpc", "2.0"}, {"id", 99}, {"method", "shutdown"}});
  input += framed({{"jsonrpc", "2.0"}, {"method", "exit"}});
  std::istringstream in(input);
  std::ostringstream out, log;
  custos::lsp::ServerOptions options;
  options.expiry_warnings = false;
  // No proofs: Z3 is not built for ThreadSanitizer, and its timer thread's locking is reported as
  // a race inside libz3 (the test is about the server loop's two threads).
  options.prove_timeout_ms = 0;
  int code = custos::lsp::run_stdio(options, in, out, log);
  CHECK(code == 0);
  std::istringstream replies(out.str());
  std::vector<int> ids;
  size_t published = 0;
  std::string body, error;
  while (custos::lsp::read_message(replies, body, error) == custos::lsp::ReadStatus::Message) {
    json m = json::parse(body);
    if (m.contains("id")) ids.push_back(m["id"]);
    if (m.value("method", "") == "textDocument/publishDiagnostics") ++published;
  }
  CHECK(error.empty());
  REQUIRE(ids.size() == 22);
  CHECK(ids.front() == 1);
  CHECK(ids.back() == 99);
  CHECK(std::is_sorted(ids.begin(), ids.end()));
  CHECK(published == 1);
}
