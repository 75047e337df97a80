// The test suite's LSP client: a child process, two pipes, Content-Length framing.
#include "support/lsp_client.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

namespace custos::testing {

using nlohmann::json;

LspClient::LspClient(const std::string& binary, const std::vector<std::string>& args) {
  int in[2], out[2];
  if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(binary.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  to_server_ = in[1];
  from_server_ = out[0];
  signal(SIGPIPE, SIG_IGN);
}

LspClient::~LspClient() {
  if (to_server_ >= 0) close(to_server_);
  if (from_server_ >= 0) close(from_server_);
  if (pid_ > 0) {
    int status;
    if (waitpid(pid_, &status, WNOHANG) == 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
    }
  }
}

void LspClient::write(const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(to_server_, bytes.data() + done, bytes.size() - done);
    if (n <= 0) throw std::runtime_error("the server closed its input");
    done += static_cast<size_t>(n);
  }
}

void LspClient::send_raw(const std::string& bytes) { write(bytes); }

void LspClient::notify(const std::string& method, const json& params) {
  std::string body = json{{"jsonrpc", "2.0"}, {"method", method}, {"params", params}}.dump();
  write("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

json LspClient::read_message() {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    size_t header_end = buffer_.find("\r\n\r\n");
    if (header_end != std::string::npos) {
      size_t at = buffer_.find("Content-Length:");
      if (at == std::string::npos || at > header_end) throw std::runtime_error("a message without Content-Length");
      size_t length = std::stoul(buffer_.substr(at + 15, header_end - at - 15));
      if (buffer_.size() >= header_end + 4 + length) {
        json j = json::parse(buffer_.substr(header_end + 4, length));
        buffer_.erase(0, header_end + 4 + length);
        return j;
      }
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) throw std::runtime_error("no message from the server in time");
    pollfd p{from_server_, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
    char chunk[65536];
    ssize_t n = ::read(from_server_, chunk, sizeof chunk);
    if (n <= 0) throw std::runtime_error("the server closed its output");
    buffer_.append(chunk, static_cast<size_t>(n));
  }
}

json LspClient::next_message() { return read_message(); }

json LspClient::request(const std::string& method, const json& params) {
  int id = next_id_++;
  std::string body = json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}}.dump();
  write("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
  while (true) {
    json m = read_message();
    if (m.contains("id") && m["id"] == id && !m.contains("method")) return m;
    kept_.push_back(std::move(m));
  }
}

json LspClient::wait_notification(const std::string& method, const std::function<bool(const json&)>& accept) {
  for (auto it = kept_.begin(); it != kept_.end(); ++it) {
    if (it->value("method", "") == method && accept((*it)["params"])) {
      json m = *it;
      kept_.erase(kept_.begin(), it + 1);  // what came before is stale
      return m["params"];
    }
  }
  kept_.clear();
  while (true) {
    json m = read_message();
    if (m.value("method", "") == method && accept(m["params"])) return m["params"];
  }
}

int LspClient::wait_exit() {
  if (to_server_ >= 0) {
    close(to_server_);
    to_server_ = -1;
  }
  auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    pid_t r = waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    usleep(10000);
  }
  return -1;
}

}  // namespace custos::testing
