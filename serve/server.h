// `custos serve`: an HTTP service (cpp-httplib) that answers Trino's OPA access-control plugin
// from an embedded engine. Endpoints:
//   POST /v1/data/trino/allow             opa.policy.uri
//   POST /v1/data/trino/rowFilters        opa.policy.row-filters-uri
//   POST /v1/data/trino/batchColumnMasks  opa.policy.batch-column-masking-uri
//   POST /v1/data/trino/columnMask        opa.policy.column-masking-uri
//   GET  /health                          {"status": "ok", "revision": ...}
// Bodies over the size limit get 413, malformed JSON or requests 400, other paths 404.
#pragma once

#include <atomic>
#include <memory>
#include <set>
#include <string>

#include "trino_opa.h"

namespace httplib {
class Server;
}

namespace custos::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8181;  // 0: any free port (see Server::port)
  size_t max_request_bytes = 1u << 20;
  int threads = 8;
  std::set<std::string> system_users;  // see TrinoOpa
};

class Server {
 public:
  Server(Engine& engine, Principals principals, std::string catalog, ServerOptions options);
  ~Server();
  // Binds; false (with `error`) when the address cannot be used.
  bool bind(std::string& error);
  int port() const { return port_; }
  // Serves until stop() is called (from any thread or a signal-handling thread).
  void run();
  void stop();
  uint64_t requests() const { return requests_.load(); }

 private:
  Engine& engine_;
  TrinoOpa opa_;
  ServerOptions options_;
  std::unique_ptr<httplib::Server> http_;
  int port_ = 0;
  std::atomic<uint64_t> requests_{0};
};

}  // namespace custos::serve
