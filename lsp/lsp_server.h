// `custos lsp`: the Language Server Protocol (3.17) over JSON-RPC for `.custos` files, with the
// diagnostics of their mesh's custos.yaml and contracts. The server is single-threaded: `handle`
// takes one message, `run_due` runs the debounced re-checks; `run_stdio` drives both from a
// stream.
#pragma once

#include <chrono>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "analysis.h"
#include "documents.h"

namespace custos::lsp {

struct ServerOptions {
  std::chrono::milliseconds debounce{200};  // after the last keystroke, before a re-check
  std::string docs_dir;                      // holds stdlib.md (go to definition on stdlib names)
  unsigned prove_timeout_ms = 5000;          // `assert`s are proven on open and save; 0: never
  bool expiry_warnings = true;               // W0407/W0408 against the clock, as `check --now` does
};

class Server {
 public:
  using Clock = std::chrono::steady_clock;
  using Send = std::function<void(const nlohmann::json&)>;

  Server(ServerOptions options, Send send);

  // One message's body: a request (answered through `send`) or a notification.
  void handle(const std::string& body);
  void handle(const nlohmann::json& message);

  // When the next debounced re-check is due, if any; `run_due` runs those due by `now`.
  std::optional<Clock::time_point> next_due() const;
  void run_due(Clock::time_point now = Clock::now());

  bool exited() const { return exited_; }
  int exit_code() const { return shutdown_ ? 0 : 1; }

  // The analysis of the mesh `path` belongs to, brought up to date (tests and benchmarks).
  const Analysis* analysis_for(const std::string& path);

 private:
  struct MeshState {
    std::unique_ptr<Analysis> analysis;
    bool dirty = true;
    bool prove = false;
    std::optional<Clock::time_point> due;
    std::set<std::string> published;  // URIs that have diagnostics from this mesh
  };

  nlohmann::json dispatch(const std::string& method, const nlohmann::json& params);
  void notify(const std::string& method, const nlohmann::json& params);

  std::string key_of(const std::string& path) const;
  void touch(const std::string& path, bool now, bool prove);
  MeshState* state_for(const std::string& path, bool fresh);
  void refresh(const std::string& key, MeshState& state);
  void publish(MeshState& state, const std::set<std::string>& also_clear);
  nlohmann::json diagnostic_json(const Analysis& a, const Diagnostic& d) const;

  // Request handlers.
  nlohmann::json initialize(const nlohmann::json& params);
  nlohmann::json hover(const nlohmann::json& params);
  nlohmann::json completion(const nlohmann::json& params);
  nlohmann::json definition(const nlohmann::json& params);
  nlohmann::json references(const nlohmann::json& params);
  nlohmann::json document_symbol(const nlohmann::json& params);
  nlohmann::json formatting(const nlohmann::json& params);
  nlohmann::json code_action(const nlohmann::json& params);
  nlohmann::json semantic_tokens(const nlohmann::json& params);

  // The document a request names, its analysis and the position (1-based line, code-point column).
  struct At {
    const Document* doc = nullptr;
    const Analysis* analysis = nullptr;
    const ast::File* file = nullptr;
    uint32_t line = 0, col = 0;
    size_t offset = 0;
  };
  At locate(const nlohmann::json& params, bool with_position);

  ServerOptions options_;
  Send send_;
  Documents docs_;
  Encoding encoding_ = Encoding::Utf16;
  bool initialized_ = false, shutdown_ = false, exited_ = false;
  std::map<std::string, MeshState> meshes_;
};

// Reads framed messages from `in` until `exit` or the end of input, answering on `out`; returns
// the process's exit code (0 after `shutdown` then `exit`). Problems are logged to `log`.
int run_stdio(const ServerOptions& options, std::istream& in, std::ostream& out, std::ostream& log);

}  // namespace custos::lsp
