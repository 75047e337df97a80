// The HTTP side of `custos serve`.
#include "server.h"

#include <httplib.h>

namespace custos::serve {

using nlohmann::json;

namespace {

void reply(httplib::Response& res, int status, const json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace), "application/json");
}

}  // namespace

Server::Server(Engine& engine, Principals principals, std::string catalog, ServerOptions options)
    : engine_(engine), opa_(engine, std::move(principals), std::move(catalog), options.system_users), options_(options),
      http_(std::make_unique<httplib::Server>()) {
  auto& http = *http_;
  http.set_payload_max_length(options_.max_request_bytes);
  int threads = options_.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_read_timeout(10, 0);
  http.set_write_timeout(10, 0);

  using Handler = json (TrinoOpa::*)(const json&) const;
  auto route = [this](const std::string& path, Handler handler) {
    http_->Post(path, [this, handler](const httplib::Request& req, httplib::Response& res) {
      ++requests_;
      json body;
      try {
        body = json::parse(req.body);
      } catch (const json::exception& e) {
        return reply(res, 400, {{"error", std::string("request body is not valid JSON: ") + e.what()}});
      }
      try {
        reply(res, 200, (opa_.*handler)(body));
      } catch (const BadRequest& e) {
        reply(res, 400, {{"error", std::string("malformed request: ") + e.what()}});
      } catch (const json::exception& e) {
        reply(res, 400, {{"error", std::string("malformed request: ") + e.what()}});
      }
    });
  };
  route("/v1/data/trino/allow", &TrinoOpa::allow);
  route("/v1/data/trino/rowFilters", &TrinoOpa::row_filters);
  route("/v1/data/trino/batchColumnMasks", &TrinoOpa::batch_column_masks);
  route("/v1/data/trino/columnMask", &TrinoOpa::column_mask);
  http.Get("/health", [this](const httplib::Request&, httplib::Response& res) {
    auto b = engine_.bundle();
    if (!b) return reply(res, 503, {{"status", "no bundle"}});
    reply(res, 200, {{"status", "ok"}, {"revision", b->revision}, {"jit", b->jit_status.empty()}});
  });
  // Unexpected failures answer 500 with a message, and never an allow.
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "internal error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what += std::string(": ") + e.what();
    } catch (...) {
    }
    reply(res, 500, {{"error", what}});
  });
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string why = res.status == 413 ? "request body is larger than the limit"
                      : res.status == 404 ? "no such endpoint: " + req.path
                                          : "request refused";
    reply(res, res.status, {{"error", why}});
  });
}

Server::~Server() = default;

bool Server::bind(std::string& error) {
  if (options_.port == 0) {
    port_ = http_->bind_to_any_port(options_.host.c_str());
  } else {
    port_ = http_->bind_to_port(options_.host.c_str(), options_.port) ? options_.port : -1;
  }
  if (port_ <= 0) {
    error = "cannot listen on " + options_.host + ":" + std::to_string(options_.port);
    return false;
  }
  return true;
}

void Server::run() { http_->listen_after_bind(); }

void Server::stop() { http_->stop(); }

}  // namespace custos::serve
