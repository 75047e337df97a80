// `custos serve`: an HTTP service (GNU libmicrohttpd) that answers Trino's OPA access-control
// plugin from an embedded engine. Endpoints:
//   POST /v1/data/trino/allow             opa.policy.uri
//   POST /v1/data/trino/rowFilters        opa.policy.row-filters-uri
//   POST /v1/data/trino/batchColumnMasks  opa.policy.batch-column-masking-uri
//   POST /v1/data/trino/columnMask        opa.policy.column-masking-uri
//   GET  /health                          {"status": "ok", "revision": ...}
// Bodies over the size limit get 413, malformed JSON or requests 400, other paths 404, other
// methods 405.
//
// Connections are served by a pool of event-driven threads (epoll): a connection holds no thread
// while it waits for bytes, so slow or idle clients cannot starve the others. A connection that
// is silent for `request_timeout` is closed, and so is one that has not completed a request
// within twice that time of its previous one (or of opening): trickling a byte at a time does not
// keep a request alive. Each client address holds at most `max_connections_per_client`.
#pragma once

#include <atomic>
#include <memory>
#include <set>
#include <utility>
#include <string>

#include "trino_opa.h"

namespace custos::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8181;  // 0: any free port (see Server::port)
  size_t max_request_bytes = 4u << 20;  // a column-mask batch is ~150 bytes per column: ~27,000 columns
  int threads = 0;                          // event-loop threads, each serving many connections (0: one per core)
  unsigned request_timeout = 10;            // seconds: silence, and (twice) a whole request
  unsigned max_connections = 1000;          // open at once, all clients together
  unsigned max_connections_per_client = 64;  // open at once from one IP address
  unsigned listen_backlog = 1024;
  std::set<std::string> system_users;  // see TrinoOpa
};

class Server {
 public:
  Server(Engine& engine, Principals principals, std::string catalog, ServerOptions options);
  ~Server();
  // Binds and starts accepting; false (with `error`) when the address cannot be used.
  bool bind(std::string& error);
  int port() const { return port_; }
  // Blocks until stop() is called (from any thread or a signal-handling thread).
  void run();
  void stop();
  uint64_t requests() const { return requests_.load(); }
  // Replaces the principals (SIGHUP reload); requests in flight finish with the previous ones.
  void set_principals(Principals principals) { opa_.set_principals(std::move(principals)); }
  // Connections closed because a request took longer than its bound (see above).
  uint64_t slow_connections_closed() const;

  struct Impl;
  // The answer to one complete request: status and JSON body (no I/O; the HTTP side calls it).
  std::pair<int, std::string> answer(const std::string& method, const std::string& path, const std::string& body);

 private:
  Engine& engine_;
  TrinoOpa opa_;
  ServerOptions options_;
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
  std::atomic<uint64_t> requests_{0};
};

}  // namespace custos::serve
