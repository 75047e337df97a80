// `custos serve` on loopback over the example mesh, for the serve tests, the soak test and the
// load benchmark: the example bundle built with `custos build` into a temporary file, an engine,
// the principals ana (analysts/requests/analyst.json), bo (agent_fr.json) and zed (partner.json),
// and a server on a free port running on its own thread.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "server.h"
#include "support/http_load.h"

namespace custos::testing {

struct ExampleServiceOptions {
  std::string mesh;            // the mesh folder; empty: policies/examples
  nlohmann::json principals;   // the principals file; null: ExampleService::principals()
  std::function<void(serve::ServerOptions&)> tweak;  // adjusts the server's options (port 0 and
                                                     // the rest of `custos serve`'s defaults before it)
  std::string revision = "serve-test";
};

class ExampleService {
 public:
  // `hash_key` is given to `custos build` and to the engine.
  ExampleService(const std::string& hash_key, ExampleServiceOptions options);
  explicit ExampleService(const std::string& hash_key, std::function<void(serve::ServerOptions&)> tweak = {},
                          const std::string& revision = "serve-test")
      : ExampleService(hash_key, ExampleServiceOptions{{}, nullptr, std::move(tweak), revision}) {}
  ~ExampleService();
  ExampleService(const ExampleService&) = delete;
  ExampleService& operator=(const ExampleService&) = delete;

  int port() const { return server_->port(); }
  serve::Server& server() { return *server_; }
  Engine& engine() { return engine_; }
  const std::string& bundle_path() const { return bundle_; }
  // The answers to `mix` now, without their decision ids (fresh for every decision), and a check for
  // run_load that demands exactly those answers again.
  struct Expected {
    std::vector<nlohmann::json> answers;
    std::function<bool(size_t, int, std::string_view)> check;
  };
  Expected expected_answers(const std::vector<LoadRequest>& mix);
  // The principals file the service started with: {"users": {"ana": ..., "bo": ..., "zed": ...}}.
  static nlohmann::json principals();

 private:
  std::string bundle_;
  Engine engine_;
  std::unique_ptr<serve::Server> server_;
  std::thread thread_;
};

}  // namespace custos::testing
