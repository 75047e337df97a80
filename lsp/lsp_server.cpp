// The language server: lifecycle, documents, debounced checks and request dispatch.
#include "lsp_server.h"

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <istream>
#include <mutex>
#include <ostream>
#include <thread>

#include "completion.h"
#include "format/format.h"
#include "hover.h"
#include "json_rpc.h"
#include "navigation.h"
#include "support/suggest.h"
#include "symbols.h"

namespace custos::lsp {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct RequestError {
  int code;
  std::string message;
};

const json& param(const json& params, const char* key) {
  if (!params.is_object() || !params.contains(key)) throw RequestError{error_code::kInvalidParams, std::string("missing `") + key + "`"};
  return params[key];
}

std::string string_param(const json& params, const char* key) {
  const json& v = param(params, key);
  if (!v.is_string()) throw RequestError{error_code::kInvalidParams, std::string("`") + key + "` is not a string"};
  return v.get<std::string>();
}

std::string uri_param(const json& params) { return string_param(param(params, "textDocument"), "uri"); }

bool is_policy(const std::string& path) { return fs::path(path).extension() == ".custos"; }
bool is_yaml(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  return ext == ".yaml" || ext == ".yml";
}

const char* kLoose = "loose:";

}  // namespace

Server::Server(ServerOptions options, Send send) : options_(std::move(options)), send_(std::move(send)) {}

void Server::notify(const std::string& method, const json& params) {
  send_({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
}

void Server::handle(const std::string& body) {
  json message;
  try {
    message = json::parse(body);
  } catch (const json::exception& e) {
    send_({{"jsonrpc", "2.0"}, {"id", nullptr},
           {"error", {{"code", error_code::kParseError}, {"message", std::string("the message is not JSON: ") + e.what()}}}});
    return;
  }
  handle(message);
}

void Server::handle(const json& message) {
  if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
    // A response to a request of ours (we send none) or garbage.
    if (message.is_object() && message.contains("id") && !message.contains("result") && !message.contains("error")) {
      send_({{"jsonrpc", "2.0"}, {"id", message["id"]},
             {"error", {{"code", error_code::kInvalidRequest}, {"message", "a request needs a `method`"}}}});
    }
    return;
  }
  const std::string method = message["method"].get<std::string>();
  const json params = message.value("params", json::object());
  const bool is_request = message.contains("id");
  json id = is_request ? message["id"] : json();
  if (is_request && !id.is_string() && !id.is_number_integer()) {
    send_({{"jsonrpc", "2.0"}, {"id", nullptr},
           {"error", {{"code", error_code::kInvalidRequest}, {"message", "a request id is a number or a string"}}}});
    return;
  }
  try {
    if (method == "exit") {
      exited_ = true;
      return;
    }
    if (!initialized_ && method != "initialize") {
      if (is_request) throw RequestError{error_code::kServerNotInitialized, "the server is not initialized yet"};
      return;
    }
    if (shutdown_ && is_request) throw RequestError{error_code::kInvalidRequest, "the server is shutting down"};
    json result = dispatch(method, params);
    if (is_request) send_({{"jsonrpc", "2.0"}, {"id", id}, {"result", result}});
  } catch (const RequestError& e) {
    if (is_request) send_({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", e.code}, {"message", e.message}}}});
  } catch (const std::exception& e) {
    if (is_request) {
      send_({{"jsonrpc", "2.0"}, {"id", id},
             {"error", {{"code", error_code::kInternalError}, {"message", std::string("internal error: ") + e.what()}}}});
    }
  }
}

json Server::dispatch(const std::string& method, const json& params) {
  if (method == "initialize") return initialize(params);
  if (method == "initialized") return nullptr;
  if (method == "shutdown") {
    shutdown_ = true;
    return nullptr;
  }
  if (method == "textDocument/didOpen") {
    const json& td = param(params, "textDocument");
    std::string uri = string_param(td, "uri");
    const Document& d = docs_.open(uri, string_param(td, "text"), td.value("version", 0));
    if (!d.path.empty()) touch(d.path, true, true);
    return nullptr;
  }
  if (method == "textDocument/didChange") {
    const json& td = param(params, "textDocument");
    std::string uri = string_param(td, "uri"), error;
    if (!docs_.change(uri, td.value("version", 0), param(params, "contentChanges"), encoding_, error)) {
      // A notification has no answer: say it in the log, and re-read the file from disk.
      notify("window/logMessage", {{"type", 1}, {"message", "custos lsp: didChange refused: " + error}});
      if (docs_.find(uri)) docs_.close(uri);
    }
    std::string path = uri_to_path(uri);
    if (!path.empty()) touch(path, false, false);
    return nullptr;
  }
  if (method == "textDocument/didSave") {
    std::string path = uri_to_path(uri_param(params));
    if (!path.empty()) touch(path, true, true);
    return nullptr;
  }
  if (method == "textDocument/didClose") {
    std::string uri = uri_param(params);
    docs_.close(uri);
    std::string path = uri_to_path(uri);
    if (!path.empty()) touch(path, true, false);
    return nullptr;
  }
  if (method == "workspace/didChangeWatchedFiles") {
    if (params.contains("changes") && params["changes"].is_array()) {
      for (const auto& c : params["changes"]) {
        if (c.is_object() && c.contains("uri") && c["uri"].is_string()) {
          std::string path = uri_to_path(c["uri"].get<std::string>());
          if (!path.empty()) touch(path, true, false);
        }
      }
    }
    return nullptr;
  }
  if (method == "textDocument/hover") return hover(params);
  if (method == "textDocument/completion") return completion(params);
  if (method == "textDocument/signatureHelp") {
    std::string uri = uri_param(params);
    const Document* doc = docs_.find(uri);
    if (!doc) throw RequestError{error_code::kInvalidParams, "`" + uri + "` is not open"};
    Position p;
    if (!parse_position(param(params, "position"), p)) throw RequestError{error_code::kInvalidParams, "malformed `position`"};
    return signature_help(doc->text, to_offset(doc->text, p, encoding_));
  }
  if (method == "textDocument/definition") return definition(params);
  if (method == "textDocument/references") return references(params);
  if (method == "textDocument/documentSymbol") return document_symbol(params);
  if (method == "textDocument/formatting") return formatting(params);
  if (method == "textDocument/codeAction") return code_action(params);
  if (method == "textDocument/semanticTokens/full") return semantic_tokens(params);
  if (method.rfind("$/", 0) == 0 || method.rfind("workspace/", 0) == 0 || method.rfind("window/", 0) == 0) {
    return nullptr;  // $/cancelRequest, $/setTrace, configuration changes: nothing to do
  }
  throw RequestError{error_code::kMethodNotFound, "`" + method + "` is not supported"};
}

json Server::initialize(const json& params) {
  if (initialized_) throw RequestError{error_code::kInvalidRequest, "initialize was already called"};
  initialized_ = true;
  std::string chosen = "utf-16";
  if (params.is_object() && params.contains("capabilities")) {
    const json& encodings = params["capabilities"].value("general", json::object()).value("positionEncodings", json::array());
    if (encodings.is_array()) {
      for (const auto& enc : encodings) {
        if (enc == "utf-32") chosen = "utf-32";
      }
    }
  }
  encoding_ = chosen == "utf-32" ? Encoding::Utf32 : Encoding::Utf16;
  if (params.is_object() && params.contains("initializationOptions") && params["initializationOptions"].is_object()) {
    const json& o = params["initializationOptions"];
    if (o.contains("debounceMs") && o["debounceMs"].is_number_unsigned()) options_.debounce = std::chrono::milliseconds(o["debounceMs"].get<unsigned>());
    if (o.contains("expiryWarnings") && o["expiryWarnings"].is_boolean()) options_.expiry_warnings = o["expiryWarnings"].get<bool>();
    if (o.contains("proveTimeoutMs") && o["proveTimeoutMs"].is_number_unsigned()) options_.prove_timeout_ms = o["proveTimeoutMs"].get<unsigned>();
  }
  return {{"capabilities",
           {{"positionEncoding", chosen},
            {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
            {"completionProvider", {{"triggerCharacters", {".", "@"}}}},
            {"hoverProvider", true},
            {"signatureHelpProvider", {{"triggerCharacters", {"(", ","}}}},
            {"definitionProvider", true},
            {"referencesProvider", true},
            {"documentSymbolProvider", true},
            {"documentFormattingProvider", true},
            {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
            {"semanticTokensProvider", {{"legend", semantic_token_legend()}, {"full", true}}}}},
          {"serverInfo", {{"name", "custos"}, {"version", CUSTOS_VERSION}}}};
}

// ---------------------------------------------------------------------------------------------
// Meshes and diagnostics

std::string Server::key_of(const std::string& path) const {
  if (!is_policy(path) && !is_yaml(path)) return "";
  if (auto config = mesh::find_mesh_config(path)) {
    return fs::absolute(*config).lexically_normal().string();
  }
  return is_policy(path) ? kLoose + path : "";
}

void Server::touch(const std::string& path, bool now, bool prove) {
  std::string key = key_of(path);
  if (key.empty()) return;
  MeshState& s = meshes_[key];
  s.dirty = true;
  s.prove |= prove;
  Clock::time_point due = Clock::now() + (now ? std::chrono::milliseconds(0) : options_.debounce);
  s.due = due;
}

std::optional<Server::Clock::time_point> Server::next_due() const {
  std::optional<Clock::time_point> next;
  for (const auto& [key, s] : meshes_) {
    if (s.due && (!next || *s.due < *next)) next = s.due;
  }
  return next;
}

void Server::run_due(Clock::time_point now) {
  std::vector<std::string> due;
  for (auto& [key, s] : meshes_) {
    if (s.due && *s.due <= now) due.push_back(key);
  }
  for (const std::string& key : due) {
    auto it = meshes_.find(key);
    if (it == meshes_.end()) continue;
    refresh(key, it->second);
  }
  // A file outside any mesh that is no longer open: its diagnostics were cleared, forget it.
  for (auto it = meshes_.begin(); it != meshes_.end();) {
    bool loose = it->first.rfind(kLoose, 0) == 0;
    if (loose && !docs_.find_path(it->first.substr(std::string(kLoose).size())) && it->second.published.empty()) {
      it = meshes_.erase(it);
    } else {
      ++it;
    }
  }
}

void Server::refresh(const std::string& key, MeshState& state) {
  AnalysisInputs in;
  bool loose = key.rfind(kLoose, 0) == 0;
  if (loose) {
    std::string path = key.substr(std::string(kLoose).size());
    if (docs_.find_path(path)) in.loose.push_back(path);
  } else {
    in.config = key;
    for (const auto& [uri, d] : docs_.all()) {
      if (!d.path.empty() && is_policy(d.path) && key_of(d.path) == key) in.loose.push_back(d.path);
    }
  }
  in.read = [this](const std::string& path) { return docs_.read(path); };
  if (options_.expiry_warnings) {
    in.now_micros = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  }
  if (state.prove) in.prove_timeout_ms = options_.prove_timeout_ms;
  std::set<std::string> before = state.published;
  state.analysis = analyze(in);
  state.dirty = false;
  state.prove = false;
  state.due.reset();
  publish(state, before);
}

json Server::diagnostic_json(const Analysis& a, const Diagnostic& d) const {
  const SourceFile& f = a.sources.file(d.span.file);
  std::string message = d.message;
  for (const auto& n : d.notes) message += "\nnote: " + n;
  if (!d.help.empty()) message += "\nhelp: " + d.help;
  json j = {{"range", range_json(f, d.span, encoding_)},
            {"severity", d.severity == Severity::Error ? 1 : 2},
            {"code", std::string(diag_info(d.code).id)},
            {"source", "custos"},
            {"message", message}};
  if (!d.labels.empty()) {
    json related = json::array();
    for (const auto& l : d.labels) {
      if (!l.span.valid() || l.span.file >= a.sources.size()) continue;
      related.push_back({{"location", location_json(a, l.span, encoding_)}, {"message", l.message}});
    }
    if (!related.empty()) j["relatedInformation"] = related;
  }
  if (auto name = suggested_name(d.help)) j["data"] = {{"replacement", *name}};
  return j;
}

void Server::publish(MeshState& state, const std::set<std::string>& also_clear) {
  const Analysis& a = *state.analysis;
  std::map<std::string, json> by_uri;
  for (const auto& d : a.diags.all()) {
    if (d.span.file >= a.sources.size()) continue;
    const std::string& path = a.sources.file(d.span.file).path();
    std::string abs = fs::absolute(path).lexically_normal().string();
    // An open file is named by the client's own URI (editors differ in what they escape).
    const Document* open = docs_.find_path(abs);
    auto& list = by_uri[open ? open->uri : path_to_uri(abs)];
    if (list.is_null()) list = json::array();
    list.push_back(diagnostic_json(a, d));
  }
  // Every open file of the mesh gets an answer, an empty list when it is clean.
  for (const auto& [path, id] : a.ids) {
    if (const Document* d = docs_.find_path(fs::absolute(path).lexically_normal().string())) {
      auto& list = by_uri[d->uri];
      if (list.is_null()) list = json::array();
    }
  }
  std::set<std::string> now;
  for (auto& [uri, list] : by_uri) {
    json p = {{"uri", uri}, {"diagnostics", list}};
    if (const Document* d = docs_.find(uri)) p["version"] = d->version;
      notify("textDocument/publishDiagnostics", p);
    now.insert(uri);
  }
  for (const std::string& uri : also_clear) {
    if (!now.count(uri)) notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
  }
  state.published = std::move(now);
}

Server::MeshState* Server::state_for(const std::string& path, bool fresh) {
  std::string key = key_of(path);
  if (key.empty()) return nullptr;
  auto it = meshes_.find(key);
  if (it == meshes_.end()) {
    touch(path, true, false);
    it = meshes_.find(key);
  }
  if (!it->second.analysis || (fresh && it->second.dirty)) refresh(key, it->second);
  return &it->second;
}

const Analysis* Server::analysis_for(const std::string& path) {
  MeshState* s = state_for(fs::absolute(path).lexically_normal().string(), true);
  return s ? s->analysis.get() : nullptr;
}

// ---------------------------------------------------------------------------------------------
// Requests

Server::At Server::locate(const json& params, bool with_position) {
  At at;
  std::string uri = uri_param(params);
  at.doc = docs_.find(uri);
  if (!at.doc) throw RequestError{error_code::kInvalidParams, "`" + uri + "` is not open"};
  if (at.doc->path.empty()) return at;
  MeshState* s = state_for(at.doc->path, true);
  if (!s || !s->analysis) return at;
  at.analysis = s->analysis.get();
  if (auto id = at.analysis->id(at.doc->path)) at.file = at.analysis->file(*id);
  if (with_position) {
    Position p;
    if (!parse_position(param(params, "position"), p)) throw RequestError{error_code::kInvalidParams, "malformed `position`"};
    at.offset = to_offset(at.doc->text, p, encoding_);
    auto [line, col] = line_col_at(at.doc->text, at.offset);
    at.line = line;
    at.col = col;
  }
  return at;
}

json Server::hover(const json& params) {
  At at = locate(params, true);
  if (!at.file) return nullptr;
  auto s = symbol_at(*at.analysis, *at.file, at.line, at.col);
  if (!s) return nullptr;
  auto md = hover_markdown(*at.analysis, *s);
  if (!md) return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", *md}}},
          {"range", range_json(at.analysis->sources.file(at.file->file), s->span, encoding_)}};
}

json Server::completion(const json& params) {
  std::string uri = uri_param(params);
  const Document* doc = docs_.find(uri);
  if (!doc) throw RequestError{error_code::kInvalidParams, "`" + uri + "` is not open"};
  Position p;
  if (!parse_position(param(params, "position"), p)) throw RequestError{error_code::kInvalidParams, "malformed `position`"};
  // The mesh of the last check is good enough (a keystroke in a policy does not change it):
  // completion never waits for a re-check.
  const Mesh* mesh = nullptr;
  if (!doc->path.empty()) {
    MeshState* s = state_for(doc->path, false);
    if (s && s->analysis) mesh = s->analysis->mesh.get();
  }
  return complete(mesh, doc->text, to_offset(doc->text, p, encoding_), encoding_);
}

json Server::definition(const json& params) {
  At at = locate(params, true);
  if (!at.file) return nullptr;
  auto s = symbol_at(*at.analysis, *at.file, at.line, at.col);
  if (!s) return nullptr;
  return lsp::definition(*at.analysis, *s, options_.docs_dir, encoding_);
}

json Server::references(const json& params) {
  At at = locate(params, true);
  if (!at.file) return json::array();
  auto s = symbol_at(*at.analysis, *at.file, at.line, at.col);
  if (!s) return json::array();
  bool decl = params.value("context", json::object()).value("includeDeclaration", false);
  return lsp::references(*at.analysis, *s, decl, encoding_);
}

json Server::document_symbol(const json& params) {
  At at = locate(params, false);
  if (!at.file) return json::array();
  return document_symbols(*at.analysis, *at.file, encoding_);
}

json Server::semantic_tokens(const json& params) {
  At at = locate(params, false);
  if (!at.file) return {{"data", json::array()}};
  return lsp::semantic_tokens(*at.analysis, *at.file, encoding_);
}

json Server::formatting(const json& params) {
  std::string uri = uri_param(params);
  const Document* doc = docs_.find(uri);
  if (!doc) throw RequestError{error_code::kInvalidParams, "`" + uri + "` is not open"};
  if (!is_policy(doc->path)) return nullptr;
  SourceMap sources;
  Diagnostics diags;
  FileId id = sources.add(doc->path, doc->text);
  std::optional<std::string> formatted = format::format_file(id, sources, diags);
  // A file with syntax errors is never reformatted (as `custos fmt`); its errors are shown already.
  if (!formatted) return nullptr;
  if (*formatted == doc->text) return json::array();
  Position end = to_position(doc->text, doc->text.size(), encoding_);
  return json::array({{{"range", {{"start", position_json({})}, {"end", position_json(end)}}}, {"newText", *formatted}}});
}

json Server::code_action(const json& params) {
  std::string uri = uri_param(params);
  std::string path = uri_to_path(uri);
  json out = json::array();
  if (path.empty()) return out;
  MeshState* s = state_for(path, true);
  if (!s || !s->analysis) return out;
  const Analysis& a = *s->analysis;
  auto id = a.id(path);
  if (!id) return out;
  Position start, end;
  const json& range = param(params, "range");
  if (!parse_position(range.value("start", json()), start) || !parse_position(range.value("end", json()), end)) {
    throw RequestError{error_code::kInvalidParams, "malformed `range`"};
  }
  const SourceFile& f = a.sources.file(*id);
  auto [l1, c1] = to_line_col(f.text(), start, encoding_);
  auto [l2, c2] = to_line_col(f.text(), end, encoding_);
  for (const auto& d : a.diags.all()) {
    if (d.span.file != *id || !d.span.valid()) continue;
    auto name = suggested_name(d.help);
    if (!name) continue;
    // The range asked about must touch the diagnostic.
    bool before = l2 < d.span.line || (l2 == d.span.line && c2 < d.span.col);
    bool after = l1 > d.span.end_line || (l1 == d.span.end_line && c1 > d.span.end_col);
    if (before || after) continue;
    // Offer the fix only where the span is the misspelt name itself.
    std::string written = span_text(a.sources, d.span);
    if (d.span.end_line != d.span.line || written == *name || !closest_match(written, {*name})) continue;
    json diag = diagnostic_json(a, d);
    out.push_back({{"title", "Replace `" + written + "` with `" + *name + "`"},
                   {"kind", "quickfix"},
                   {"isPreferred", true},
                   {"diagnostics", json::array({diag})},
                   {"edit", {{"changes", {{uri, json::array({{{"range", diag["range"]}, {"newText", *name}}})}}}}}});
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

int run_stdio(const ServerOptions& options, std::istream& in, std::ostream& out, std::ostream& log) {
  // Shared with the reader thread, which outlives this call when `exit` comes before the client
  // closes its end of the pipe (a blocking read cannot be interrupted).
  struct Inbox {
    std::mutex mu;
    std::condition_variable cv;
    std::deque<std::string> queue;
    bool ended = false;
    std::string read_error;
  };
  auto inbox = std::make_shared<Inbox>();
  // std::cin is tied to std::cout: every read would flush the output from the reader thread while
  // the main thread writes it (a data race that duplicated messages). Untie before reading.
  in.tie(nullptr);
  std::thread reader([inbox, &in] {
    while (true) {
      std::string body, error;
      ReadStatus st = read_message(in, body, error);
      std::lock_guard<std::mutex> lock(inbox->mu);
      if (st == ReadStatus::Message) {
        inbox->queue.push_back(std::move(body));
        inbox->cv.notify_one();
        continue;
      }
      if (st == ReadStatus::Malformed) inbox->read_error = error;
      inbox->ended = true;
      inbox->cv.notify_one();
      return;
    }
  });
  Server server(options, [&](const json& message) {
    out << frame_message(message.dump(-1, ' ', false, json::error_handler_t::replace));
    out.flush();
  });
  bool input_ended = false;
  while (!server.exited()) {
    std::string body;
    {
      std::unique_lock<std::mutex> lock(inbox->mu);
      auto ready = [&] { return !inbox->queue.empty() || inbox->ended; };
      if (auto due = server.next_due()) {
        inbox->cv.wait_until(lock, *due, ready);
      } else {
        inbox->cv.wait(lock, ready);
      }
      if (!inbox->queue.empty()) {
        body = std::move(inbox->queue.front());
        inbox->queue.pop_front();
      } else if (inbox->ended) {
        input_ended = true;
        if (!inbox->read_error.empty()) log << "custos lsp: " << inbox->read_error << "; stopping\n";
        break;
      }
    }
    if (!body.empty()) server.handle(body);
    server.run_due();
  }
  bool reader_done = input_ended;
  {
    std::lock_guard<std::mutex> lock(inbox->mu);
    reader_done |= inbox->ended;
  }
  if (reader_done) {
    reader.join();
  } else {
    reader.detach();
  }
  return server.exited() ? server.exit_code() : 1;
}

}  // namespace custos::lsp
