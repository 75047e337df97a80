// The HTTP side of `custos serve` (GNU libmicrohttpd, event-driven thread pool), and the routing
// of a complete request to the Trino OPA handlers.
#include "server.h"

#include <microhttpd.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>
#include <unordered_set>

namespace custos::serve {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

std::string dump(const json& body) { return body.dump(-1, ' ', false, json::error_handler_t::replace); }

// One request being received on a connection.
struct RequestState {
  std::string body;
};

// One open connection: a duplicate of its socket (so that shutting it down from the sweeper can
// never touch a descriptor the library has closed and the kernel reused), and when its current
// request phase began (the connection opened, or its previous request completed).
struct ConnectionState {
  int socket = -1;
  Clock::time_point phase_start;
  bool shut = false;
};

}  // namespace

struct Server::Impl {
  Server* server = nullptr;
  MHD_Daemon* daemon = nullptr;
  std::mutex mutex;  // guards connections, stopping
  std::unordered_set<ConnectionState*> connections;
  std::condition_variable stopped;
  bool stopping = false;
  std::thread sweeper;
  std::atomic<uint64_t> slow_closed{0};

  static MHD_Result on_request(void* cls, MHD_Connection* c, const char* url, const char* method, const char*,
                               const char* upload, size_t* upload_size, void** request_cls);
  static void on_completed(void* cls, MHD_Connection* c, void** request_cls, MHD_RequestTerminationCode);
  static void on_connection(void* cls, MHD_Connection* c, void** socket_cls, MHD_ConnectionNotificationCode code);
  void sweep();
};

namespace {

MHD_Result send_json(MHD_Connection* c, int status, const std::string& body, bool close = false) {
  MHD_Response* r = MHD_create_response_from_buffer(body.size(), const_cast<char*>(body.data()), MHD_RESPMEM_MUST_COPY);
  if (!r) return MHD_NO;
  MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
  if (status == 405) MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "POST");
  if (close) MHD_add_response_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
  MHD_Result ok = MHD_queue_response(c, static_cast<unsigned>(status), r);
  MHD_destroy_response(r);
  return ok;
}

}  // namespace

MHD_Result Server::Impl::on_request(void* cls, MHD_Connection* c, const char* url, const char* method, const char*,
                                    const char* upload, size_t* upload_size, void** request_cls) {
  auto* self = static_cast<Impl*>(cls);
  auto* req = static_cast<RequestState*>(*request_cls);
  const size_t limit = self->server->options_.max_request_bytes;
  if (!req) {
    // Headers are in. Refuse an announced oversized body before reading any of it.
    const char* length = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (length) {
      char* end = nullptr;
      errno = 0;
      unsigned long long n = std::strtoull(length, &end, 10);
      if (errno != 0 || end == length || n > limit) {
        return send_json(c, 413, dump({{"error", "request body is larger than the limit (" + std::to_string(limit) + " bytes)"}}),
                         true);
      }
    }
    *request_cls = new RequestState;
    return MHD_YES;
  }
  if (*upload_size != 0) {
    if (req->body.size() + *upload_size > limit) {
      // A chunked body that grows past the limit: answer now and close.
      *upload_size = 0;
      return send_json(c, 413, dump({{"error", "request body is larger than the limit (" + std::to_string(limit) + " bytes)"}}),
                       true);
    }
    req->body.append(upload, *upload_size);
    *upload_size = 0;
    return MHD_YES;
  }
  auto [status, body] = self->server->answer(method, url, req->body);
  return send_json(c, status, body);
}

void Server::Impl::on_completed(void* cls, MHD_Connection* c, void** request_cls, MHD_RequestTerminationCode) {
  delete static_cast<RequestState*>(*request_cls);
  *request_cls = nullptr;
  auto* self = static_cast<Impl*>(cls);
  const MHD_ConnectionInfo* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
  if (info && info->socket_context) {
    std::lock_guard lock(self->mutex);
    static_cast<ConnectionState*>(info->socket_context)->phase_start = Clock::now();
  }
}

void Server::Impl::on_connection(void* cls, MHD_Connection* c, void** socket_cls, MHD_ConnectionNotificationCode code) {
  auto* self = static_cast<Impl*>(cls);
  if (code == MHD_CONNECTION_NOTIFY_STARTED) {
    auto* state = new ConnectionState;
    const MHD_ConnectionInfo* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
    if (info) state->socket = ::dup(info->connect_fd);
    state->phase_start = Clock::now();
    *socket_cls = state;
    std::lock_guard lock(self->mutex);
    self->connections.insert(state);
    return;
  }
  auto* state = static_cast<ConnectionState*>(*socket_cls);
  if (!state) return;
  {
    std::lock_guard lock(self->mutex);
    self->connections.erase(state);
  }
  if (state->socket >= 0) ::close(state->socket);
  delete state;
  *socket_cls = nullptr;
}

// Closes connections whose current request has run past its bound. Shutting the socket down
// wakes the connection's event loop, which sees the end of the stream and closes it.
void Server::Impl::sweep() {
  const auto bound = std::chrono::seconds(2 * server->options_.request_timeout);
  std::unique_lock lock(mutex);
  while (!stopping) {
    stopped.wait_for(lock, std::chrono::milliseconds(250));
    const auto now = Clock::now();
    for (ConnectionState* c : connections) {
      if (!c->shut && c->socket >= 0 && now - c->phase_start > bound) {
        ::shutdown(c->socket, SHUT_RDWR);
        c->shut = true;
        ++slow_closed;
      }
    }
  }
}

Server::Server(Engine& engine, Principals principals, std::string catalog, ServerOptions options)
    : engine_(engine),
      opa_(engine, std::move(principals), std::move(catalog), options.system_users),
      options_(std::move(options)),
      impl_(std::make_unique<Impl>()) {
  impl_->server = this;
}

Server::~Server() {
  stop();
  if (impl_->sweeper.joinable()) impl_->sweeper.join();
  if (impl_->daemon) MHD_stop_daemon(impl_->daemon);
}

std::pair<int, std::string> Server::answer(const std::string& method, const std::string& path, const std::string& body) {
  ++requests_;
  using Handler = json (TrinoOpa::*)(std::string_view) const;
  static const std::pair<const char*, Handler> kRoutes[] = {
      {"/v1/data/trino/allow", &TrinoOpa::allow},
      {"/v1/data/trino/rowFilters", &TrinoOpa::row_filters},
      {"/v1/data/trino/batchColumnMasks", &TrinoOpa::batch_column_masks},
      {"/v1/data/trino/columnMask", &TrinoOpa::column_mask},
      {"/v1/data/trino/batch", &TrinoOpa::batch},
  };
  if (path == "/health") {
    if (method != "GET" && method != "HEAD") return {405, dump({{"error", "use GET for /health"}})};
    auto b = engine_.bundle();
    if (!b) return {503, dump({{"status", "no bundle"}})};
    return {200, dump({{"status", "ok"}, {"revision", b->revision}, {"jit", b->jit_status.empty()}})};
  }
  for (const auto& [route, handler] : kRoutes) {
    if (path != route) continue;
    if (method != "POST") return {405, dump({{"error", "use POST for " + path}})};
    // Unexpected failures answer 500 with a message, and never an allow.
    try {
      return {200, dump((opa_.*handler)(body))};
    } catch (const InvalidJson& e) {
      return {400, dump({{"error", std::string("request body is not valid JSON: ") + e.what()}})};
    } catch (const BadRequest& e) {
      return {400, dump({{"error", std::string("malformed request: ") + e.what()}})};
    } catch (const std::exception& e) {
      return {500, dump({{"error", std::string("internal error: ") + e.what()}})};
    } catch (...) {
      return {500, dump({{"error", "internal error"}})};
    }
  }
  return {404, dump({{"error", "no such endpoint: " + path}})};
}

bool Server::bind(std::string& error) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  addrinfo* found = nullptr;
  std::string port = std::to_string(options_.port);
  if (int rc = ::getaddrinfo(options_.host.c_str(), port.c_str(), &hints, &found); rc != 0 || !found) {
    error = "cannot listen on " + options_.host + ":" + port + ": " + ::gai_strerror(rc);
    return false;
  }
  sockaddr_storage address{};
  std::memcpy(&address, found->ai_addr, found->ai_addrlen);
  bool v6 = found->ai_family == AF_INET6;
  ::freeaddrinfo(found);
  unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD;
  // One event loop per core by default: more loops than cores only time-slice each other (measured
  // in bench/serve_load_bench.cpp: at 64 connections on 2 cores, 8 loops had twice the p99 of 2).
  const unsigned threads = options_.threads > 0 ? static_cast<unsigned>(options_.threads)
                                                : std::max(2u, std::thread::hardware_concurrency());
  if (v6) flags |= MHD_USE_IPv6;
  impl_->daemon = MHD_start_daemon(
      flags, static_cast<uint16_t>(options_.port), nullptr, nullptr, &Impl::on_request, impl_.get(),
      MHD_OPTION_SOCK_ADDR, reinterpret_cast<sockaddr*>(&address),
      MHD_OPTION_THREAD_POOL_SIZE, threads,
      MHD_OPTION_CONNECTION_TIMEOUT, options_.request_timeout,
      MHD_OPTION_CONNECTION_LIMIT, options_.max_connections,
      MHD_OPTION_PER_IP_CONNECTION_LIMIT, options_.max_connections_per_client,
      MHD_OPTION_LISTEN_BACKLOG_SIZE, options_.listen_backlog,
      MHD_OPTION_NOTIFY_COMPLETED, &Impl::on_completed, impl_.get(),
      MHD_OPTION_NOTIFY_CONNECTION, &Impl::on_connection, impl_.get(),
      MHD_OPTION_END);
  if (!impl_->daemon) {
    error = "cannot listen on " + options_.host + ":" + port + " (address in use or not available)";
    return false;
  }
  const MHD_DaemonInfo* info = MHD_get_daemon_info(impl_->daemon, MHD_DAEMON_INFO_BIND_PORT);
  port_ = info ? info->port : options_.port;
  impl_->sweeper = std::thread([this] { impl_->sweep(); });
  return true;
}

void Server::run() {
  std::unique_lock lock(impl_->mutex);
  impl_->stopped.wait(lock, [this] { return impl_->stopping; });
}

void Server::stop() {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->stopping = true;
  }
  impl_->stopped.notify_all();
}

uint64_t Server::slow_connections_closed() const { return impl_->slow_closed.load(); }

}  // namespace custos::serve
