// Fuzzes the language server with what an editor can send. The first byte picks the mode:
//  - even: an example policy file is opened and the rest of the input is a sequence of edits
//    (didChange with a range) and requests at positions (completion, hover, definition,
//    references, outline, semantic tokens, formatting, code actions, signature help), with the debounced checks
//    run in between: the half-typed states an editor goes through;
//  - odd: the rest is the raw byte stream on the server's standard input (framing, JSON-RPC).
// Every answer must serialise; nothing may crash, hang or trip a sanitizer.
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "json_rpc.h"
#include "lsp_server.h"
#include "text_position.h"

using nlohmann::json;
using namespace custos;

namespace {

const char* kFiles[] = {"crm.custos", "global.custos", "after_sales.custos", "vehicle_rnd.custos"};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

struct Input {
  const uint8_t* data;
  size_t size, at = 0;
  bool more() const { return at < size; }
  uint8_t byte() { return at < size ? data[at++] : 0; }
  uint16_t u16() { return static_cast<uint16_t>(byte() << 8 | byte()); }
};

void edits(Input& in) {
  const std::string path = std::string(CUSTOS_SOURCE_DIR) + "/policies/examples/policies/" + kFiles[in.byte() % 4];
  const std::string uri = lsp::path_to_uri(path);
  std::string text = read(path);
  lsp::ServerOptions options;
  options.debounce = std::chrono::milliseconds(0);
  options.prove_timeout_ms = 0;
  options.expiry_warnings = false;
  lsp::Server server(options, [](const json& m) { (void)m.dump(-1, ' ', false, json::error_handler_t::replace); });
  server.handle(json{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", json::object()}}}});
  server.handle(json{{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
                     {"params", {{"textDocument", {{"uri", uri}, {"languageId", "custos"}, {"version", 1}, {"text", text}}}}}});
  server.run_due(lsp::Server::Clock::now() + std::chrono::hours(1));
  int version = 1, id = 2, steps = 0;
  while (in.more() && ++steps < 64) {
    uint8_t op = in.byte() % 13;
    size_t at = text.empty() ? 0 : in.u16() % (text.size() + 1);
    lsp::Position pos = lsp::to_position(text, at, lsp::Encoding::Utf16);
    json where = {{"textDocument", {{"uri", uri}}}, {"position", lsp::position_json(pos)}};
    if (op < 4) {
      size_t cut = std::min<size_t>(in.byte() % 24, text.size() - at);
      size_t n = in.byte() % 32;
      std::string insert;
      for (size_t i = 0; i < n && in.more(); ++i) insert.push_back(static_cast<char>(in.byte()));
      insert = sanitize_utf8(insert);  // an editor's text arrives as JSON: valid UTF-8
      lsp::Position end = lsp::to_position(text, at + cut, lsp::Encoding::Utf16);
      // The server edits by LSP position; keep the mirror exactly as it will.
      size_t a = lsp::to_offset(text, pos, lsp::Encoding::Utf16), b = lsp::to_offset(text, end, lsp::Encoding::Utf16);
      text.replace(a, b - a, insert);
      json range = {{"start", lsp::position_json(pos)}, {"end", lsp::position_json(end)}};
      server.handle(json{{"jsonrpc", "2.0"}, {"method", "textDocument/didChange"},
                         {"params", {{"textDocument", {{"uri", uri}, {"version", ++version}}},
                                     {"contentChanges", json::array({{{"range", range}, {"text", insert}}})}}}});
      continue;
    }
    static const char* kMethods[] = {"textDocument/completion", "textDocument/hover", "textDocument/definition",
                                     "textDocument/references", "textDocument/documentSymbol",
                                     "textDocument/semanticTokens/full", "textDocument/formatting",
                                     "textDocument/codeAction", "textDocument/signatureHelp"};
    std::string method = kMethods[op - 4];
    json params = where;
    if (method == "textDocument/references") params["context"] = {{"includeDeclaration", true}};
    if (method == "textDocument/codeAction") {
      params.erase("position");
      params["range"] = {{"start", lsp::position_json(pos)}, {"end", lsp::position_json(pos)}};
      params["context"] = {{"diagnostics", json::array()}};
    }
    server.handle(json{{"jsonrpc", "2.0"}, {"id", ++id}, {"method", method}, {"params", params}});
    if (in.byte() % 4 == 0) server.run_due(lsp::Server::Clock::now() + std::chrono::hours(1));
  }
  server.handle(json{{"jsonrpc", "2.0"}, {"id", ++id}, {"method", "shutdown"}});
}

void stream(Input& in) {
  std::string bytes(reinterpret_cast<const char*>(in.data + in.at), in.size - in.at);
  // A valid start, so that the fuzzer's bytes reach the requests after it.
  std::string init = json{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", json::object()}}.dump();
  std::istringstream input(lsp::frame_message(init) + bytes);
  std::ostringstream out, log;
  lsp::ServerOptions options;
  options.debounce = std::chrono::milliseconds(0);
  options.prove_timeout_ms = 0;
  lsp::run_stdio(options, input, out, log);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  Input in{data, size, 1};
  if (data[0] % 2 == 0) {
    edits(in);
  } else {
    stream(in);
  }
  return 0;
}
