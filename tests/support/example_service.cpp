// The example mesh served on loopback (see example_service.h).
#include "example_service.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "cli.h"

namespace custos::testing {

namespace {

const std::string kExamples = std::string(CUSTOS_SOURCE_DIR) + "/policies/examples";

nlohmann::json slurp(const std::string& path) {
  std::ifstream f(path);
  std::stringstream s;
  s << f.rdbuf();
  return nlohmann::json::parse(s.str());
}

EngineOptions options_with(const std::string& hash_key) {
  EngineOptions o;
  o.hash_key = hash_key;
  return o;
}

// A file name no other service of this process (or another process) uses.
std::string temporary(const std::string& suffix) {
  static std::atomic<int> counter{0};
  return (std::filesystem::temp_directory_path() /
          ("custos-serve-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + suffix))
      .string();
}

}  // namespace

nlohmann::json ExampleService::principals() {
  return {{"users",
           {{"ana", slurp(kExamples + "/requests/analyst.json")},
            {"bo", slurp(kExamples + "/requests/agent_fr.json")},
            {"zed", slurp(kExamples + "/requests/partner.json")}}}};
}

ExampleService::ExampleService(const std::string& hash_key, ExampleServiceOptions o)
    : bundle_(temporary(".bundle")), engine_(options_with(hash_key)) {
  std::string key = temporary(".key");
  std::ofstream(key) << hash_key;
  std::ostringstream out, err;
  int code = cli::run({"build", o.mesh.empty() ? kExamples : o.mesh, "--hash-key-file", key, "-o", bundle_, "--revision", o.revision},
                      out, err);
  std::filesystem::remove(key);
  if (code != 0) throw std::runtime_error("custos build failed: " + err.str());
  engine_.load_bundle_file(bundle_);
  serve::ServerOptions options;
  options.port = 0;
  if (o.tweak) o.tweak(options);
  server_ = std::make_unique<serve::Server>(engine_, serve::Principals::from_json(o.principals.is_null() ? principals() : o.principals, "test"),
                                            "lake", options);
  std::string error;
  if (!server_->bind(error)) throw std::runtime_error(error);
  thread_ = std::thread([this] { server_->run(); });
}

ExampleService::Expected ExampleService::expected_answers(const std::vector<LoadRequest>& mix) {
  auto answers = std::make_shared<std::vector<nlohmann::json>>();
  for (const auto& r : mix) {
    auto [status, body] = server_->answer("POST", r.path, r.body);
    nlohmann::json j = nlohmann::json::parse(body);
    j.erase("decision_id");
    if (status != 200) j["http_status"] = status;
    answers->push_back(std::move(j));
  }
  auto check = [answers](size_t i, int, std::string_view body) {
    nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
    if (j.is_discarded()) return false;
    j.erase("decision_id");
    return j == (*answers)[i];
  };
  return {*answers, check};
}

ExampleService::~ExampleService() {
  server_->stop();
  thread_.join();
  std::filesystem::remove(bundle_);
}

}  // namespace custos::testing
