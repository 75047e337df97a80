// A bounded HTTP/1.1 load generator for loopback services (the `custos serve` load benchmark and
// soak test): `connections` keep-alive connections, each sending one POST and waiting for its
// answer before the next (a closed loop, as Trino's pooled clients behave), driven by one thread
// with epoll. It records every request's latency and checks every answer.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace custos::testing {

struct LoadRequest {
  std::string path;  // e.g. /v1/data/trino/allow
  std::string body;  // JSON
};

struct LoadOptions {
  std::string host = "127.0.0.1";
  int port = 0;
  unsigned connections = 1;
  std::chrono::milliseconds duration{1000};  // stop sending after this long
  uint64_t max_requests = 0;                 // 0: no bound but the duration
  // Whether an answer is right: the index of the request in the mix, the HTTP status, the body.
  // Unset: any 200 is right.
  std::function<bool(size_t, int, std::string_view)> check;
  // Called between requests, on the load thread, about every `tick` (for example to reload).
  std::function<void()> on_tick;
  std::chrono::milliseconds tick{1000};
};

struct LoadResult {
  uint64_t requests = 0;   // answered
  uint64_t failures = 0;   // connection errors, non-200 answers, closed connections
  uint64_t wrong = 0;      // 200 answers `check` refused
  uint64_t reconnects = 0;
  double seconds = 0;
  std::vector<uint64_t> latencies_ns;  // one per answered request
  std::string first_problem;           // the first failure or wrong answer, for the message

  double per_second() const { return seconds > 0 ? static_cast<double>(requests) / seconds : 0; }
  // The q-quantile (0..1) of the latencies, in microseconds.
  double quantile_us(double q) const;
};

// Sends `mix` round-robin (connection i starts at request i) until the duration or request bound.
// Throws std::runtime_error when no connection can be opened.
LoadResult run_load(const LoadOptions& options, const std::vector<LoadRequest>& mix);

// A minimal keep-alive HTTP server on loopback that answers every request with a fixed JSON body,
// one thread, epoll: the floor a load run measures when no deciding and no HTTP library is
// involved (what this machine's loopback and the client cost).
class FloorServer {
 public:
  explicit FloorServer(std::string body);
  ~FloorServer();
  int port() const { return port_; }

 private:
  void loop();
  std::string response_;
  int listener_ = -1, wake_ = -1, port_ = 0;
  std::thread thread_;
};

}  // namespace custos::testing
