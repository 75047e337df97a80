// A Language Server Protocol client for the tests: starts `custos lsp` as a child process and
// speaks JSON-RPC to it over pipes, exactly as an editor does.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace custos::testing {

class LspClient {
 public:
  // Starts `binary` with `args`; throws when it cannot.
  LspClient(const std::string& binary, const std::vector<std::string>& args);
  ~LspClient();
  LspClient(const LspClient&) = delete;
  LspClient& operator=(const LspClient&) = delete;

  // A request and its response (notifications that arrive meanwhile are kept).
  nlohmann::json request(const std::string& method, const nlohmann::json& params);
  void notify(const std::string& method, const nlohmann::json& params);
  // Writes bytes as they are (malformed messages).
  void send_raw(const std::string& bytes);
  // The next message of any kind (a response to a raw request).
  nlohmann::json next_message();
  // The first notification `method` that satisfies `accept`, kept or still to come.
  nlohmann::json wait_notification(const std::string& method, const std::function<bool(const nlohmann::json&)>& accept);
  // Closes the server's input, waits for it to end and returns its exit status (-1 on timeout).
  int wait_exit();

  std::chrono::milliseconds timeout{30000};

 private:
  nlohmann::json read_message();
  void write(const std::string& bytes);

  pid_t pid_ = -1;
  int to_server_ = -1, from_server_ = -1;
  std::string buffer_;
  std::deque<nlohmann::json> kept_;
  int next_id_ = 1;
};

}  // namespace custos::testing
