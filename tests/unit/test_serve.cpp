// `custos serve` over real HTTP on loopback: requests shaped exactly as Trino's OPA plugin
// documentation shows them (table access, row filters, batch and single column masks), the
// answers Custos gives for the example mesh, and the 4xx answers for bad requests.
#include <catch2/catch.hpp>

#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "cli.h"
#include "server.h"

#include "support/example_service.h"
#include "support/test_keys.h"
#include "support/trino_requests.h"

using namespace custos;
using nlohmann::json;
namespace trino = custos::testing::trino;

namespace {

const std::string kExamples = std::string(CUSTOS_SOURCE_DIR) + "/policies/examples";

json slurp_json(const std::string& path) {
  std::ifstream f(path);
  std::stringstream s;
  s << f.rdbuf();
  return json::parse(s.str());
}

EngineOptions test_engine_options() {
  EngineOptions o;
  o.hash_key = testing::kTestHashKey;
  return o;
}

struct Service {
  testing::ExampleService service;
  Engine& engine;
  serve::Server* server;
  std::unique_ptr<httplib::Client> client;

  explicit Service(size_t max_bytes = 1u << 20, std::set<std::string> system_users = {},
                   std::function<void(serve::ServerOptions&)> tweak = {})
      : service(testing::kTestHashKey,
                [&](serve::ServerOptions& options) {
                  options.max_request_bytes = max_bytes;
                  options.threads = 4;
                  options.system_users = std::move(system_users);
                  if (tweak) tweak(options);
                }),
        engine(service.engine()),
        server(&service.server()),
        client(std::make_unique<httplib::Client>("127.0.0.1", service.port())) {}

  json post(const std::string& path, const json& body, int expect = 200) {
    auto res = client->Post(path.c_str(), body.dump(), "application/json");
    REQUIRE(res);
    INFO(res->body);
    CHECK(res->status == expect);
    return json::parse(res->body);
  }
};




}  // namespace

TEST_CASE("serve: table access as Trino asks for it", "[serve]") {
  Service s;
  CHECK(s.post("/v1/data/trino/allow", trino::select("ana", "crm", "customers", {"customer_id", "email"}))["result"] == true);
  CHECK(s.post("/v1/data/trino/allow", trino::select("zed", "crm", "customers", {"customer_id"}))["result"] == false);
  // Unknown users, ungoverned tables, other catalogs and unknown columns: denied.
  CHECK(s.post("/v1/data/trino/allow", trino::select("mallory", "crm", "customers", {"customer_id"}))["result"] == false);
  CHECK(s.post("/v1/data/trino/allow", trino::select("ana", "crm", "secrets", {"x"}))["result"] == false);
  json other = trino::select("ana", "crm", "customers", {"customer_id"});
  other["input"]["action"]["resource"]["table"]["catalogName"] = "other";
  CHECK(s.post("/v1/data/trino/allow", other)["result"] == false);
  CHECK(s.post("/v1/data/trino/allow", trino::select("ana", "crm", "customers", {"ssn"}))["result"] == false);
  // Running a query is allowed for known users; writes are not decided by Custos: denied.
  json exec = trino::select("ana", "crm", "customers", json::array());
  exec["input"]["action"] = {{"operation", "ExecuteQuery"}};
  CHECK(s.post("/v1/data/trino/allow", exec)["result"] == true);
  exec["input"]["action"] = {{"operation", "InsertIntoTable"},
                             {"resource", {{"table", {{"catalogName", "lake"}, {"schemaName", "crm"}, {"tableName", "customers"}}}}}};
  CHECK(s.post("/v1/data/trino/allow", exec)["result"] == false);
}


TEST_CASE("serve: metadata shows only what the user may read, batched and one by one", "[serve]") {
  Service s;
  // The tables Trino lists: every product, a table that is not one, and information_schema.
  std::vector<std::pair<std::string, std::string>> tables;
  for (const auto& product : s.engine.products()) {
    auto dot = product.find('.');
    tables.emplace_back(product.substr(0, dot), product.substr(dot + 1));
  }
  tables.emplace_back("crm", "secrets");
  tables.emplace_back("information_schema", "tables");
  json resources = json::array();
  for (const auto& [schema, table] : tables) resources.push_back(trino::table("lake", schema, table));
  std::map<std::string, size_t> shown;
  for (const char* user : {"ana", "bo", "zed"}) {
    INFO(user);
    // What SelectFromColumns allows (itself checked against the interpreter above) is what is listed.
    json expected = json::array();
    std::set<std::string> schemas_expected;
    for (size_t i = 0; i < tables.size(); ++i) {
      const auto& [schema, table] = tables[i];
      bool readable = s.post("/v1/data/trino/allow", trino::select(user, schema, table, json::array()))["result"] == true;
      if (schema == "information_schema") CHECK(readable);
      if (readable) expected.push_back(i);
      if (readable && schema != "information_schema") schemas_expected.insert(schema);
      CHECK(s.post("/v1/data/trino/allow", trino::one(user, "FilterTables", resources[i]))["result"] == readable);
      CHECK(s.post("/v1/data/trino/allow", trino::one(user, "ShowCreateTable", resources[i]))["result"] == readable);
      CHECK(s.post("/v1/data/trino/allow", trino::one(user, "ShowColumns", resources[i]))["result"] == readable);
    }
    CHECK(s.post("/v1/data/trino/batch", trino::filter(user, "FilterTables", resources))["result"] == expected);
    shown[user] = expected.size();
    // Schemas: shown when one of their tables is.
    json schema_resources = json::array();
    std::vector<std::string> schema_names = {"crm", "after_sales", "vehicle_rnd", "hr", "nothing_here", "information_schema"};
    json schemas_shown = json::array();
    for (size_t i = 0; i < schema_names.size(); ++i) {
      json r = {{"schema", {{"catalogName", "lake"}, {"schemaName", schema_names[i]}}}};
      schema_resources.push_back(r);
      bool want = schemas_expected.count(schema_names[i]) || schema_names[i] == "information_schema";
      if (want) schemas_shown.push_back(i);
      CHECK(s.post("/v1/data/trino/allow", trino::one(user, "ShowTables", r))["result"] == want);
    }
    CHECK(s.post("/v1/data/trino/batch", trino::filter(user, "FilterSchemas", schema_resources))["result"] == schemas_shown);
  }
  CHECK(shown["ana"] > shown["zed"]);  // the partner sees less than the analyst
  CHECK(shown["zed"] >= 1);            // information_schema at least

  // Catalogs: the governed one and `system`.
  json catalogs = json::array({{{"catalog", {{"name", "lake"}}}}, {{"catalog", {{"name", "other"}}}}, {{"catalog", {{"name", "system"}}}}});
  CHECK(s.post("/v1/data/trino/batch", trino::filter("ana", "FilterCatalogs", catalogs))["result"] == json::array({0, 2}));
  CHECK(s.post("/v1/data/trino/allow", trino::one("ana", "AccessCatalog", catalogs[1]))["result"] == false);
  // Columns of one table: those its contract declares, for a user who may read it; the answer
  // indexes the columns.
  json columns = trino::table("lake", "crm", "customers");
  columns["table"]["columns"] = {"customer_id", "no_such_column", "email"};
  CHECK(s.post("/v1/data/trino/batch", trino::filter("ana", "FilterColumns", json::array({columns})))["result"] == json::array({0, 2}));
  CHECK(s.post("/v1/data/trino/batch", trino::filter("zed", "FilterColumns", json::array({columns})))["result"] == json::array());
  json one_column = trino::table("lake", "crm", "customers");
  one_column["table"]["columns"] = {"email"};
  CHECK(s.post("/v1/data/trino/allow", trino::one("ana", "FilterColumns", one_column))["result"] == true);
  CHECK(s.post("/v1/data/trino/allow", trino::one("zed", "FilterColumns", one_column))["result"] == false);
  // An unknown user sees nothing; a batch of an operation that is not a filter is a 400.
  CHECK(s.post("/v1/data/trino/batch", trino::filter("mallory", "FilterTables", resources))["result"] == json::array());
  CHECK(s.post("/v1/data/trino/batch", trino::filter("ana", "SelectFromColumns", resources), 400).contains("error"));
  json two = json::array({columns, columns});
  CHECK(s.post("/v1/data/trino/batch", trino::filter("ana", "FilterColumns", two), 400).contains("error"));

  // information_schema is read without row filter or mask; an unknown user is still refused.
  json info = trino::select("ana", "information_schema", "columns", {"table_name"});
  CHECK(s.post("/v1/data/trino/allow", info)["result"] == true);
  CHECK(s.post("/v1/data/trino/allow", trino::select("mallory", "information_schema", "columns", {"table_name"}))["result"] == false);
  json filters = info;
  filters["input"]["action"] = {{"operation", "GetRowFilters"}, {"resource", trino::table("lake", "information_schema", "columns")}};
  CHECK(s.post("/v1/data/trino/rowFilters", filters)["result"] == json::array());
  CHECK(s.post("/v1/data/trino/batchColumnMasks",
               trino::masks("ana", json::array({trino::column("information_schema", "columns", "table_name", "varchar")})))["result"] == json::array());
}

TEST_CASE("serve: row filters and column masks in Trino SQL", "[serve]") {
  Service s;
  json filter_request = trino::select("bo", "crm", "customers", json::array());
  filter_request["input"]["action"] = {{"operation", "GetRowFilters"},
                                       {"resource", {{"table", {{"catalogName", "lake"}, {"schemaName", "crm"}, {"tableName", "customers"}}}}}};
  json filters = s.post("/v1/data/trino/rowFilters", filter_request)["result"];
  REQUIRE(filters.size() == 1);
  CHECK(filters[0]["expression"] == "COALESCE(((\"country\" = 'FR') AND (NOT \"is_minor\")), FALSE)");
  filter_request["input"]["context"]["identity"]["user"] = "zed";
  CHECK(s.post("/v1/data/trino/rowFilters", filter_request)["result"] == json::array({{{"expression", "FALSE"}}}));

  json masks = s.post("/v1/data/trino/batchColumnMasks",
                      trino::masks("ana", {trino::column("crm", "customers", "customer_id", "bigint"),
                                            trino::column("crm", "customers", "email", "varchar"),
                                            trino::column("crm", "customers", "tax_id", "varchar")}))["result"];
  REQUIRE(masks.size() == 2);  // customer_id is clear: no mask
  CHECK(masks[0]["index"] == 1);
  CHECK(masks[0]["viewExpression"]["expression"].get<std::string>().find("hmac_sha256(to_utf8(\"email\")") != std::string::npos);
  CHECK(masks[1]["index"] == 2);
  CHECK(masks[1]["viewExpression"]["expression"] == "CAST(CAST(NULL AS VARCHAR) AS varchar)");
  CHECK(masks[0]["viewExpression"]["expression"].get<std::string>().rfind("CAST(", 0) == 0);
  // Bounded types are kept (Trino refuses a mask whose type does not fit the column); anything
  // that is not a plain type name is never pasted into SQL.
  json bounded = s.post("/v1/data/trino/batchColumnMasks",
                        trino::masks("ana", {trino::column("crm", "customers", "tax_id", "varchar(255)"),
                                              trino::column("crm", "customers", "email", "varchar); DROP TABLE x; --")}))["result"];
  REQUIRE(bounded.size() == 2);
  CHECK(bounded[0]["viewExpression"]["expression"] == "CAST(CAST(NULL AS VARCHAR) AS varchar(255))");
  CHECK(bounded[1]["viewExpression"]["expression"].get<std::string>().find("DROP") == std::string::npos);
  // A mask cast to a bounded varchar is never cut: a longer value fails the query with a message
  // naming the column (the 64-character hash of `email` does not fit varchar(32)).
  json narrow = s.post("/v1/data/trino/batchColumnMasks", trino::masks("ana", {trino::column("crm", "customers", "email", "VARCHAR(32)")}))["result"];
  REQUIRE(narrow.size() == 1);
  const std::string guarded = narrow[0]["viewExpression"]["expression"];
  CHECK(guarded.rfind("CAST(IF(", 0) == 0);
  CHECK(guarded.find("<= 32, ") != std::string::npos);
  CHECK(guarded.find("fail('custos: the mask of lake.crm.customers.email yields a value longer than VARCHAR(32)") != std::string::npos);
  CHECK(guarded.substr(guarded.size() - 15) == "AS VARCHAR(32))");
  // An unknown user gets NULL for every column.
  json unknown = s.post("/v1/data/trino/batchColumnMasks", trino::masks("mallory", {trino::column("crm", "customers", "customer_id", "bigint")}))["result"];
  CHECK(unknown == json::array({{{"index", 0}, {"viewExpression", {{"expression", "CAST(NULL AS bigint)"}}}}}));
  // The one-column endpoint.
  json single = trino::masks("ana", json::array());
  single["input"]["action"] = {{"operation", "GetColumnMask"}, {"resource", trino::column("crm", "customers", "tax_id", "varchar")}};
  CHECK(s.post("/v1/data/trino/columnMask", single)["result"]["expression"] == "CAST(CAST(NULL AS VARCHAR) AS varchar)");
  single["input"]["action"]["resource"] = trino::column("crm", "customers", "customer_id", "bigint");
  CHECK(s.post("/v1/data/trino/columnMask", single)["result"].is_null());
}

TEST_CASE("serve: malformed and oversized requests get clear 4xx answers", "[serve]") {
  Service s(4096);
  auto raw = [&](const std::string& path, const std::string& body) {
    auto res = s.client->Post(path.c_str(), body, "application/json");
    REQUIRE(res);
    return std::make_pair(res->status, json::parse(res->body));
  };
  auto [status, body] = raw("/v1/data/trino/allow", "{not json");
  CHECK(status == 400);
  CHECK(body["error"].get<std::string>().find("not valid JSON") != std::string::npos);
  std::tie(status, body) = raw("/v1/data/trino/allow", R"({"input": {"action": {"operation": "SelectFromColumns"}}})");
  CHECK(status == 400);
  CHECK(body["error"].get<std::string>().find("input.context") != std::string::npos);
  std::tie(status, body) = raw("/v1/data/trino/batchColumnMasks", R"({"input": {"context": {"identity": {"user": "ana"}}, "action": {"filterResources": 3}}})");
  CHECK(status == 400);
  CHECK(body["error"] == "malformed request: `input.action.filterResources` must be an array");
  // A key given twice where the request is read: parsers disagree on which one counts, so the
  // request is refused rather than decided for either user.
  std::tie(status, body) = raw("/v1/data/trino/allow", R"({"input": {"context": {"identity": {"user": "mallory", "user": "ana"}},)"
                                                       R"( "action": {"operation": "ExecuteQuery"}}})");
  CHECK(status == 400);
  CHECK(body["error"] == "malformed request: `user` is given twice in one object");
  std::tie(status, body) = raw("/v1/data/trino/allow", std::string(5000, ' '));
  CHECK(status == 413);
  std::tie(status, body) = raw("/v1/data/nothing", "{}");
  CHECK(status == 404);
  auto health = s.client->Get("/health");
  REQUIRE(health);
  CHECK(health->status == 200);
  CHECK(json::parse(health->body)["revision"] == "serve-test");
}

TEST_CASE("serve: users act on their own queries; system operations need a system user", "[serve][security]") {
  Service s(1u << 20, {"bo"});
  auto ask = [&](const std::string& user, const std::string& operation, std::optional<std::string> owner) {
    json request = trino::select(user, "crm", "customers", json::array());
    request["input"]["action"] = {{"operation", operation}};
    if (owner) request["input"]["action"]["resource"] = {{"user", {{"user", *owner}, {"groups", json::array()}}}};
    return s.post("/v1/data/trino/allow", request)["result"];
  };
  for (const char* op : {"KillQueryOwnedBy", "ViewQueryOwnedBy", "FilterViewQueryOwnedBy"}) {
    INFO(op);
    CHECK(ask("ana", op, "ana") == true);
    CHECK(ask("ana", op, "bo") == false);  // before the fix: true, whoever owned the query
    CHECK(ask("bo", op, "ana") == true);   // a system user
    CHECK(ask("mallory", op, "mallory") == false);  // unknown users: nothing
  }
  for (const char* op : {"ReadSystemInformation", "WriteSystemInformation", "SetSystemSessionProperty"}) {
    INFO(op);
    CHECK(ask("ana", op, std::nullopt) == false);
    CHECK(ask("bo", op, std::nullopt) == true);
  }
  // An owner operation without an owner is a malformed request, never an allow.
  json bad = trino::select("ana", "crm", "customers", json::array());
  bad["input"]["action"] = {{"operation", "KillQueryOwnedBy"}};
  CHECK(s.post("/v1/data/trino/allow", bad, 400).contains("error"));
}

namespace {
// A raw TCP connection to the server on loopback (-1 when it cannot connect).
int open_raw(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}
// True when the server closed `fd` (end of stream or reset) within `seconds`.
bool closed_by_server(int fd, int seconds) {
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < until) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 100) > 0) {
      char buf[512];
      ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
      if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) return true;
    }
  }
  return false;
}
}  // namespace

TEST_CASE("serve: slow clients neither starve the server nor keep a request open (finding 8)", "[serve][security]") {
  Service s(1u << 20, {}, [](serve::ServerOptions& o) {
    o.threads = 2;
    o.request_timeout = 1;  // a request must complete within 2 s
    o.max_connections_per_client = 64;
  });
  // Six times as many connections as threads, each trickling a request a byte at a time: every
  // byte resets a read timeout, so a thread-per-connection server stays busy as long as they last.
  const std::string request = "POST /v1/data/trino/allow HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}";
  std::vector<int> slow;
  for (int i = 0; i < 12; ++i) {
    int fd = open_raw(s.server->port());
    REQUIRE(fd >= 0);
    slow.push_back(fd);
  }
  std::atomic<bool> trickling{true};
  std::thread trickle([&] {
    for (size_t at = 0; trickling && at < request.size(); ++at) {
      for (int fd : slow) ::send(fd, &request[at], 1, MSG_NOSIGNAL);
      std::this_thread::sleep_for(std::chrono::milliseconds(150));
    }
  });
  // Meanwhile the health check and decisions are answered (the client gives up after 5 s).
  s.client->set_read_timeout(5, 0);
  for (int i = 0; i < 5; ++i) {
    auto health = s.client->Get("/health");
    REQUIRE(health);
    CHECK(health->status == 200);
    CHECK(s.post("/v1/data/trino/allow", trino::select("ana", "crm", "customers", json::array({"customer_id"})))["result"] == true);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  // And the server closes every trickling connection once its request has run past the bound.
  for (int fd : slow) CHECK(closed_by_server(fd, 10));
  trickling = false;
  trickle.join();
  CHECK(s.server->slow_connections_closed() >= slow.size());
  for (int fd : slow) ::close(fd);
}

TEST_CASE("serve: one client address holds a bounded number of connections", "[serve][security]") {
  Service s(1u << 20, {}, [](serve::ServerOptions& o) { o.max_connections_per_client = 4; });
  std::vector<int> held;
  for (int i = 0; i < 4; ++i) {
    int fd = open_raw(s.server->port());
    REQUIRE(fd >= 0);
    held.push_back(fd);
  }
  // The fifth is accepted by the kernel and closed by the server at once.
  int extra = open_raw(s.server->port());
  REQUIRE(extra >= 0);
  // (Closed at once; the wait is long only because a loaded CI machine may be slow to schedule it.)
  CHECK(closed_by_server(extra, 20));
  ::close(extra);
  for (int fd : held) ::close(fd);
  // Once they are gone, the same client is served again.
  bool served = false;
  for (int attempt = 0; attempt < 50 && !served; ++attempt) {
    auto health = s.client->Get("/health");
    served = health && health->status == 200;
    if (!served) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  CHECK(served);
}

TEST_CASE("serve: every decision reaches the decision log, refusals and unknown users with the reason", "[serve]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("custos-serve-log-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string bundle = (dir / "m.bundle").string(), log = (dir / "decisions.jsonl").string();
  std::ostringstream out, err;
  REQUIRE(cli::run({"build", kExamples, "--hash-key-file", testing::kTestHashKeyFile, "-o", bundle}, out, err) == 0);
  std::vector<json> ids;
  {
    EngineOptions o = test_engine_options();
    o.audit_log_path = log;
    Engine engine(o);
    engine.load_bundle_file(bundle);
    json users = {{"ana", slurp_json(kExamples + "/requests/analyst.json")}, {"zed", slurp_json(kExamples + "/requests/partner.json")}};
    serve::TrinoOpa opa(engine, serve::Principals::from_json({{"users", users}}, "test"), "lake");
    for (const char* user : {"ana", "zed", "mallory"}) {
      json answer = opa.allow(trino::select(user, "crm", "customers", json::array({"customer_id"})).dump());
      CHECK(answer["result"] == (std::string(user) == "ana"));
      REQUIRE(answer["decision_id"].is_string());  // Trino's OpaQueryResult carries it
      ids.push_back(answer["decision_id"]);
    }
    engine.flush_audit();
  }
  std::ifstream f(log);
  std::vector<json> lines;
  for (std::string line; std::getline(f, line);) lines.push_back(json::parse(line));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0]["outcome"] == "allow");
  CHECK(lines[1]["outcome"] == "deny");
  CHECK(lines[1]["reason"] == "no permit holds (default deny)");
  CHECK(lines[2]["outcome"] == "deny");
  CHECK(lines[2]["principal"] == "mallory");
  CHECK(lines[2]["product"] == "crm.customers");
  CHECK(lines[2]["reason"].get<std::string>().find("unknown user") != std::string::npos);
  for (size_t i = 0; i < 3; ++i) CHECK(lines[i]["decision_id"] == ids[i]);  // the answer names the logged decision
  fs::remove_all(dir);
}

TEST_CASE("serve: the principals file is checked against the mesh, with locations", "[serve]") {
  namespace fs = std::filesystem;
  const fs::path file = fs::temp_directory_path() / ("custos-principals-" + std::to_string(::getpid()) + ".json");
  std::ofstream(file) << "{\"users\": {\n  \"ana\": {\"id\": \"ana\", \"clearance\": \"2\"},\n  \"bo\": {\"id\": \"bo\", \"clearence\": 1},\n"
                         "  \"cy\": {\"id\": \"cy\", \"clearance\": 2}\n}}\n";
  Service s;
  auto problems = serve::Principals::load(file.string()).validate(s.engine);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].find(file.string() + ":2:3: user `ana`") == 0);
  CHECK(problems[0].find("expected int") != std::string::npos);
  CHECK(problems[1].find(":3:3: user `bo`") != std::string::npos);
  CHECK(problems[1].find("did you mean `clearance`") != std::string::npos);
  std::ofstream(file) << "{\"users\": {\"ana\": {\"id\": \"ana\",}}}";
  try {
    serve::Principals::load(file.string());
    FAIL("loaded a file that is not JSON");
  } catch (const std::runtime_error& e) {
    CHECK(std::string(e.what()).find(file.string() + ":1:") == 0);
  }
  // A number JSON can write but not hold: refused with the reason, not an escaping exception.
  std::ofstream(file) << "{\"users\": {\"ana\": {\"id\": \"ana\", \"clearance\": 1e400}}}";
  try {
    serve::Principals::load(file.string());
    FAIL("loaded a number out of range");
  } catch (const std::runtime_error& e) {
    CHECK(std::string(e.what()) == file.string() + ": not valid JSON: number overflow parsing '1e400'");
  }
  fs::remove(file);
}
