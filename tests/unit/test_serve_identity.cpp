// Identity and context through Trino (docs/trino.md#identity-and-context): Trino groups become
// principal attributes, request values (extraCredentials, properties, groups) become context
// attributes, each decision equal to the engine's for the same principal and context, and every
// mistake in the principals file is reported with its location before serving.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "sql_decision.h"
#include "support/example_service.h"
#include "support/test_keys.h"
#include "support/trino_requests.h"
#include "trino_opa.h"

using namespace custos;
using nlohmann::json;
namespace trino = custos::testing::trino;
namespace fs = std::filesystem;

namespace {

const json kAgent = {{"roles", {"agent"}}, {"region", "EU"}, {"domain", "after_sales"}, {"country", "FR"}, {"clearance", 1}};
// Cleared above the GDPR hash: the email-domain mask holds unless "fraud" is a purpose.
const json kCleared = {{"id", "cy"}, {"roles", {"analyst", "staff"}}, {"region", "EU"}, {"domain", "crm"}, {"country", "DE"}, {"clearance", 3}};

// A principals file written to disk (so that problems are located), loaded.
struct PrincipalsFile {
  fs::path path = fs::temp_directory_path() / ("custos-identity-" + std::to_string(::getpid()) + ".json");
  explicit PrincipalsFile(const std::string& text) { std::ofstream(path) << text; }
  ~PrincipalsFile() { fs::remove(path); }
  serve::Principals load() const { return serve::Principals::load(path.string()); }
};

json mapping() {
  json doc = testing::ExampleService::principals();
  doc["users"]["cy"] = kCleared;
  doc["groups"] = {{"eu-agents", kAgent}, {"us", {{"region", "US"}}}, {"staff", {{"roles", {"staff"}}}}};
  doc["user_attribute"] = "id";
  doc["context"] = {{"purposes", {{"from", "extraCredentials"}, {"key", "purposes"}}}};
  return doc;
}

json with_identity(json request, const json& identity_fields) {
  for (const auto& [k, v] : identity_fields.items()) request["input"]["context"]["identity"][k] = v;
  return request;
}

// The engine's own masks for crm.customers, in Trino SQL, for a principal and context.
std::map<std::string, std::string> engine_masks(const Engine& engine, const json& principal, const json& context) {
  Session session = engine.session(principal.dump(), context.dump());
  auto d = embed::decide_sql(session, "crm.customers", {}, sql::Dialect::Trino);
  std::map<std::string, std::string> out;
  for (const auto& c : d.plan.columns) {
    if (c.outcome != eval::ColumnOutcome::Clear) out[c.name] = "CAST(" + c.expression + " AS varchar)";  // the column type asked
  }
  return out;
}

std::map<std::string, std::string> served_masks(const serve::TrinoOpa& opa, const json& request) {
  std::map<std::string, std::string> out;
  const json& resources = request["input"]["action"]["filterResources"];
  const json answer = opa.batch_column_masks(request.dump());  // kept: a range over a temporary's member dangles
  for (const auto& m : answer["result"]) {
    out[resources[m["index"].get<size_t>()]["column"]["columnName"]] = m["viewExpression"]["expression"];
  }
  return out;
}

json all_columns(const Engine& engine) {
  json resources = json::array();
  for (const auto& c : engine.product_columns("crm.customers")) resources.push_back(trino::column("crm", "customers", c.name, "varchar"));
  return resources;
}

}  // namespace

TEST_CASE("serve: Trino groups give principal attributes, and conflicts refuse (never pick)", "[serve][identity]") {
  testing::ExampleService service(testing::kTestHashKey);
  serve::Principals principals = serve::Principals::from_json(mapping(), "test");
  REQUIRE(principals.validate(service.engine()).empty());
  serve::TrinoOpa opa(service.engine(), principals, "lake");
  auto allowed = [&](const std::string& user, const json& groups, const std::string& schema, const std::string& table) {
    return opa.allow(with_identity(trino::select(user, schema, table, json::array()), {{"groups", groups}}).dump())["result"] == true;
  };
  // carl is in no `users` entry: the eu-agents group makes him an agent like bo, and
  // user_attribute gives him his id. He reads what bo reads.
  for (const auto& product : service.engine().products()) {
    auto dot = product.find('.');
    INFO(product);
    CHECK(allowed("carl", {"eu-agents"}, product.substr(0, dot), product.substr(dot + 1)) ==
          allowed("bo", json::array(), product.substr(0, dot), product.substr(dot + 1)));
  }
  CHECK(allowed("carl", {"eu-agents"}, "after_sales", "warranty_claims"));
  // The same user in a group that gives another region: refused, with both sources named.
  std::string why;
  json context = trino::context("carl", {"us", "eu-agents"});
  CHECK_FALSE(principals.bind(serve::request_json::parse(context.dump()), service.engine(), why));
  CHECK(why.find("`region` different values") != std::string::npos);
  CHECK(why.find("group `eu-agents`") != std::string::npos);
  CHECK(why.find("group `us`") != std::string::npos);
  CHECK_FALSE(allowed("carl", {"us", "eu-agents"}, "after_sales", "warranty_claims"));
  // Sets unite: ana (analyst, staff) in `staff` keeps one `staff`; her own region stays.
  auto ana = principals.bind(serve::request_json::parse(trino::context("ana", {"staff"}).dump()), service.engine(), why);
  REQUIRE(ana);
  json merged = json::parse(ana->principal);
  CHECK(merged["roles"] == json({"analyst", "staff"}));
  // A user in no users entry and no mapped group is unknown.
  CHECK_FALSE(principals.bind(serve::request_json::parse(trino::context("dan", {"other"}).dump()), service.engine(), why));
  CHECK(why.find("unknown user") != std::string::npos);
  CHECK_FALSE(allowed("dan", {"other"}, "crm", "customers"));
}

TEST_CASE("serve: context attributes come from the request as the principals file says", "[serve][identity]") {
  testing::ExampleService service(testing::kTestHashKey);
  serve::TrinoOpa opa(service.engine(), serve::Principals::from_json(mapping(), "test"), "lake");
  json request = trino::masks("cy", all_columns(service.engine()));
  // Without purposes, `mask email ... unless "fraud" in context.purposes` holds (fail closed).
  auto plain = served_masks(opa, request);
  CHECK(plain == engine_masks(service.engine(), kCleared, {{"now", "2026-03-01T09:00:00Z"}}));
  CHECK(plain.count("email"));
  // With the purposes credential (comma-separated, spaces trimmed), the email is clear: the same
  // masks as the engine gives for that context.
  auto fraud = served_masks(opa, with_identity(request, {{"extraCredentials", {{"purposes", "fraud, reporting"}}}}));
  CHECK(fraud == engine_masks(service.engine(), kCleared, {{"purposes", {"fraud", "reporting"}}, {"now", "2026-03-01T09:00:00Z"}}));
  CHECK_FALSE(fraud.count("email"));

  // From groups with a prefix, and from Trino's context properties.
  json doc = mapping();
  doc["context"] = {{"purposes", {{"from", "groups"}, {"prefix", "purpose:"}}}};
  serve::TrinoOpa by_group(service.engine(), serve::Principals::from_json(doc, "test"), "lake");
  CHECK_FALSE(served_masks(by_group, with_identity(request, {{"groups", {"purpose:fraud", "staff"}}})).count("email"));
  CHECK(served_masks(by_group, with_identity(request, {{"groups", {"fraud"}}})).count("email"));
  doc["context"] = {{"purposes", {{"from", "properties"}, {"key", "custos.purposes"}, {"separator", ";"}}}};
  serve::TrinoOpa by_property(service.engine(), serve::Principals::from_json(doc, "test"), "lake");
  json with_property = request;
  with_property["input"]["context"]["properties"] = {{"custos.purposes", "audit;fraud"}};
  CHECK_FALSE(served_masks(by_property, with_property).count("email"));
}

TEST_CASE("serve: mistakes in groups and context sources are found before serving, located", "[serve][identity]") {
  testing::ExampleService service(testing::kTestHashKey);
  PrincipalsFile file(
      "{\"users\": {\"ana\": {\"id\": \"ana\"}},\n"
      " \"groups\": {\n  \"ops\": {\"clearance\": \"2\"}},\n"
      " \"user_attribute\": \"idd\",\n"
      " \"context\": {\n  \"purpose\": {\"from\": \"extraCredentials\", \"key\": \"p\"},\n"
      "  \"purposes\": {\"from\": \"queryId\"}}}\n");
  auto problems = file.load().validate(service.engine());
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].find(file.path.string() + ":3:3: group `ops`") == 0);
  CHECK(problems[0].find("expected int") != std::string::npos);
  CHECK(problems[1].find(":4:") != std::string::npos);
  CHECK(problems[1].find("did you mean `id`") != std::string::npos);
  CHECK(problems[2].find(":6:3: context attribute `purpose`") != std::string::npos);
  CHECK(problems[2].find("did you mean `purposes`") != std::string::npos);

  // Shape errors stop the load with the file named and a hint.
  auto load_error = [&](const std::string& text) {
    PrincipalsFile bad(text);
    try {
      bad.load();
    } catch (const std::runtime_error& e) {
      return std::string(e.what());
    }
    return std::string("loaded");
  };
  CHECK(load_error(R"({"users": {}, "context": {"purposes": {"from": "extraCredential", "key": "p"}}})")
            .find("unknown source `extraCredential`; did you mean `extraCredentials`") != std::string::npos);
  CHECK(load_error(R"({"users": {}, "context": {"purposes": {"from": "extraCredentials"}}})").find("needs a `key`") != std::string::npos);
  CHECK(load_error(R"({"users": {}, "context": {"now": {"from": "queryId"}}})").find("time of the request") != std::string::npos);
  CHECK(load_error(R"({"users": {}, "group": {}})").find("unknown key `group`; did you mean `groups`") != std::string::npos);
  CHECK(load_error(R"({"users": {}, "context": {"purposes": {"from": "groups", "key": "x"}}})").find("`key` applies") != std::string::npos);
}
