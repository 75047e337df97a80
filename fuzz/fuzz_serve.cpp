// Fuzzes what `custos serve` does with request bodies: arbitrary bytes as JSON into every Trino
// OPA endpoint's handler. Malformed requests must be refused as BadRequest (HTTP 400) or a JSON
// error; anything else that escapes is a bug. An unknown user must never be allowed anything.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "trino_opa.h"

using namespace custos;
using nlohmann::json;

namespace {
serve::TrinoOpa& service() {
  static Engine engine = [] {
    EngineOptions o;
    o.hash_key = "a fuzzing key for serve, 32+ bytes long";  // there is no default key
    return Engine(o);
  }();
  static serve::TrinoOpa* opa = [] {
    engine.load_bundle_file(std::string(CUSTOS_SOURCE_DIR) + "/tests/golden/cli/inputs/bundles/examples-v1.bundle");
    json users = {{"ana", {{"id", "ana"}, {"roles", {"analyst", "staff"}}, {"region", "EU"}, {"domain", "crm"},
                           {"country", "DE"}, {"clearance", 2}}}};
    // Groups and context sources too: request values reach the principal and context only as mapped.
    json doc = {{"users", users},
                {"groups", {{"auditors", {{"roles", {"auditor"}}}}}},
                {"user_attribute", "id"},
                {"context", {{"purposes", {{"from", "extraCredentials"}, {"key", "purposes"}}}}}};
    return new serve::TrinoOpa(engine, serve::Principals::from_json(doc, "fuzz"), "lake");
  }();
  return *opa;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  // Who the request is for, read by a parser that shares no code with the server's (simdjson):
  // a body this one cannot read names nobody, so the server must not allow anything on it.
  json request = json::parse(data, data + size, nullptr, false);
  serve::TrinoOpa& opa = service();
  using Handler = json (serve::TrinoOpa::*)(std::string_view) const;
  for (Handler h : {&serve::TrinoOpa::allow, &serve::TrinoOpa::row_filters, &serve::TrinoOpa::batch_column_masks,
                    &serve::TrinoOpa::column_mask, &serve::TrinoOpa::batch}) {
    try {
      json answer = (opa.*h)(body);
      // Only `ana` and members of `auditors` are known: anyone else is denied, filtered to
      // nothing, masked to NULL.
      const json* identity = nullptr;
      if (request.is_object() && request.contains("input") && request["input"].is_object() && request["input"].contains("context") &&
          request["input"]["context"].is_object() && request["input"]["context"].contains("identity") &&
          request["input"]["context"]["identity"].is_object()) {
        identity = &request["input"]["context"]["identity"];
      }
      bool known = false;
      if (identity && identity->contains("user") && (*identity)["user"].is_string()) {
        known = (*identity)["user"] == "ana";
        if (identity->contains("groups") && (*identity)["groups"].is_array()) {
          for (const auto& g : (*identity)["groups"]) known = known || g == "auditors";
        }
      }
      if (!known && h == &serve::TrinoOpa::allow && answer["result"] != false) std::abort();
      if (!known && h == &serve::TrinoOpa::batch && answer["result"] != json::array()) std::abort();
      if (!known && h == &serve::TrinoOpa::row_filters && answer["result"] != json::array({{{"expression", "FALSE"}}})) std::abort();
    } catch (const serve::BadRequest&) {
    } catch (const json::exception&) {
    }
  }
  return 0;
}
