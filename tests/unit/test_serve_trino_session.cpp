// A Trino session replayed against `custos serve` over HTTP, request by request as Trino's OPA
// plugin sends them, with the batched URIs and without (one call per item): SHOW CATALOGS,
// SHOW SCHEMAS, SHOW TABLES, DESCRIBE, SHOW CREATE TABLE, a SELECT with masks and a row filter,
// SELECT count(*), a SECURITY DEFINER view over a product, and SELECT * from a 9,000-column table.
// Every answer must have the shape Trino's result classes decode (OpaQueryResult,
// OpaBatchQueryResult, OpaRowFiltersQueryResult, OpaBatchColumnMaskQueryResult,
// OpaColumnMaskQueryResult) and equal the engine's own decision for the same principal.
#include <catch2/catch.hpp>

#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "sql_decision.h"
#include "support/example_service.h"
#include "support/test_keys.h"
#include "support/trino_requests.h"

using namespace custos;
using nlohmann::json;
namespace trino = custos::testing::trino;
namespace fs = std::filesystem;

namespace {

constexpr int kWideColumns = 9000;

// The example mesh plus a product of 9,000 columns (wide.events), in a temporary folder.
struct WideMesh {
  fs::path root = fs::temp_directory_path() / ("custos-wide-mesh-" + std::to_string(::getpid()));
  WideMesh() {
    fs::remove_all(root);
    fs::copy(std::string(CUSTOS_SOURCE_DIR) + "/policies/examples", root, fs::copy_options::recursive);
    std::ofstream c(root / "contracts" / "wide_events.yaml");
    c << "apiVersion: v3.0.2\nkind: DataContract\nid: wide-events\nname: wide-events\nversion: 1.0.0\nstatus: active\n"
         "domain: wide\ndataProduct: events\nschema:\n  - name: events\n    physicalType: table\n    logicalType: object\n"
         "    properties:\n";
    for (int i = 0; i < kWideColumns; ++i) c << "      - name: c" << i << "\n        logicalType: string\n";
    std::ofstream(root / "policies" / "wide.custos") << "domain wide;\n"
                                                       "import stdlib.masks as m;\n"
                                                       "@id(\"wide-analysts\")\n"
                                                       "permit select on wide.events when \"analyst\" in principal.roles rows where c0 == principal.country;\n"
                                                       "@id(\"wide-c1\")\n"
                                                       "mask column wide.events.c1 with m.show_last(2) unless principal.clearance >= 3;\n";
  }
  ~WideMesh() { fs::remove_all(root); }
};

json principals_with_view() {
  json doc = testing::ExampleService::principals();
  doc["views"] = {{"lake.crm.contacts", {{"product", "crm.customers"}, {"owner", "svc_views"}}}};
  return doc;
}

// The shapes Trino decodes.
void expect_bool(const json& a) {
  INFO(a.dump());
  REQUIRE(a.contains("result"));
  REQUIRE(a["result"].is_boolean());
}
void expect_indices(const json& a, size_t items) {
  INFO(a.dump());
  REQUIRE(a["result"].is_array());
  for (const auto& i : a["result"]) REQUIRE((i.is_number_unsigned() && i.get<size_t>() < items));
}
void expect_filters(const json& a) {
  INFO(a.dump());
  REQUIRE(a["result"].is_array());
  for (const auto& f : a["result"]) REQUIRE(f["expression"].is_string());
}
void expect_masks(const json& a, size_t items) {
  INFO(a.dump().substr(0, 2000));
  REQUIRE(a["result"].is_array());
  for (const auto& m : a["result"]) {
    REQUIRE((m["index"].is_number_unsigned() && m["index"].get<size_t>() < items));
    REQUIRE(m["viewExpression"]["expression"].is_string());
  }
}

class Trino {
 public:
  Trino(testing::ExampleService& service, bool batched) : service_(service), batched_(batched), http_("127.0.0.1", service.port()) {
    http_.set_read_timeout(60, 0);
  }

  json post(const std::string& uri, const json& body) {
    ++requests_;
    auto res = http_.Post(("/v1/data/trino/" + uri).c_str(), body.dump(), "application/json");
    REQUIRE(res);
    INFO(uri << " " << body.dump().substr(0, 300) << " -> " << res->body.substr(0, 300));
    REQUIRE(res->status == 200);
    return json::parse(res->body);
  }
  json allow(const json& request) {
    json a = post("allow", request);
    expect_bool(a);
    return a["result"];
  }
  // A Filter* operation: the batched URI, or one /allow call per item (OpaAccessControl).
  std::vector<size_t> filter(const std::string& user, const std::string& operation, const json& resources) {
    std::vector<size_t> shown;
    if (batched_) {
      json a = post("batch", trino::filter(user, operation, resources));
      expect_indices(a, operation == "FilterColumns" ? resources[0]["table"]["columns"].size() : resources.size());
      for (const auto& i : a["result"]) shown.push_back(i.get<size_t>());
      return shown;
    }
    if (operation == "FilterColumns") {
      const json& table = resources[0]["table"];
      for (size_t i = 0; i < table["columns"].size(); ++i) {
        json one = table;
        one["columns"] = json::array({table["columns"][i]});
        if (allow(trino::one(user, operation, {{"table", one}})) == true) shown.push_back(i);
      }
      return shown;
    }
    for (size_t i = 0; i < resources.size(); ++i) {
      if (allow(trino::one(user, operation, resources[i])) == true) shown.push_back(i);
    }
    return shown;
  }
  json row_filters(const std::string& user, const std::string& schema, const std::string& table) {
    json a = post("rowFilters", trino::row_filters(user, schema, table));
    expect_filters(a);
    return a["result"];
  }
  // Column masks for every column: the batch URI, or the single-column URI per column. By name.
  std::map<std::string, std::string> masks(const std::string& user, const std::string& schema, const std::string& table,
                                           const std::vector<std::string>& columns) {
    std::map<std::string, std::string> out;
    if (batched_) {
      json resources = json::array();
      for (const auto& c : columns) resources.push_back(trino::column(schema, table, c, "varchar"));
      json a = post("batchColumnMasks", trino::masks(user, resources));
      expect_masks(a, columns.size());
      for (const auto& m : a["result"]) out[columns[m["index"].get<size_t>()]] = m["viewExpression"]["expression"];
      return out;
    }
    for (const auto& c : columns) {
      json request = trino::masks(user, json::array());
      request["input"]["action"] = {{"operation", "GetColumnMask"}, {"resource", trino::column(schema, table, c, "varchar")}};
      json a = post("columnMask", request);
      INFO(a.dump());
      REQUIRE(a.contains("result"));
      REQUIRE((a["result"].is_null() || a["result"]["expression"].is_string()));
      if (!a["result"].is_null()) out[c] = a["result"]["expression"];
    }
    return out;
  }
  size_t requests() const { return requests_; }

 private:
  testing::ExampleService& service_;
  bool batched_;
  httplib::Client http_;
  size_t requests_ = 0;
};

std::vector<std::string> column_names(const Engine& engine, const std::string& product) {
  std::vector<std::string> out;
  for (const auto& c : engine.product_columns(product)) out.push_back(c.name);
  return out;
}

}  // namespace

TEST_CASE("serve: a Trino session, batched and unbatched, gets answers Trino decodes that equal the engine's", "[serve][trino]") {
  WideMesh mesh;
  testing::ExampleService service(testing::kTestHashKey, testing::ExampleServiceOptions{mesh.root.string(), principals_with_view(), {}, "session"});
  Engine& engine = service.engine();
  const json ana_attrs = testing::ExampleService::principals()["users"]["ana"];
  // The engine's own decision for ana (the `now` of a request does not change these products).
  Session ana = engine.session(ana_attrs.dump(), R"({"now": "2026-03-01T09:00:00Z"})");
  auto engine_filter = [&](const std::string& product) {
    auto d = embed::decide_sql(ana, product, {}, sql::Dialect::Trino);
    return d.plan.row_filter == "TRUE" ? json::array() : json::array({{{"expression", d.plan.row_filter}}});
  };
  auto engine_masks = [&](const std::string& product) {
    auto d = embed::decide_sql(ana, product, {}, sql::Dialect::Trino);
    std::map<std::string, std::string> out;
    for (const auto& c : d.plan.columns) {
      if (c.outcome == eval::ColumnOutcome::Clear) continue;
      std::string e = c.expression;
      // Masks are cast to the column type Trino names; a denied column is a NULL of that type.
      out[c.name] = "CAST(" + e + " AS varchar)";
    }
    return out;
  };

  for (bool batched : {true, false}) {
    INFO((batched ? "with" : "without") << " opa.policy.batched-uri");
    Trino trino(service, batched);
    const json execute = trino::request(trino::context("ana"), {{"operation", "ExecuteQuery"}});

    // SHOW CATALOGS
    CHECK(trino.allow(execute) == true);
    json catalogs = json::array();
    for (const char* c : {"lake", "system", "other"}) catalogs.push_back({{"catalog", {{"name", c}}}});
    CHECK(trino.filter("ana", "FilterCatalogs", catalogs) == std::vector<size_t>{0, 1});

    // SHOW SCHEMAS FROM lake: the schemas holding a product ana may read, and information_schema.
    CHECK(trino.allow(trino::one("ana", "ShowSchemas", {{"catalog", {{"name", "lake"}}}})) == true);
    std::vector<std::string> schemas = {"crm", "after_sales", "vehicle_rnd", "wide", "information_schema", "hr"};
    json schema_resources = json::array();
    std::vector<size_t> readable_schemas;
    for (size_t i = 0; i < schemas.size(); ++i) {
      schema_resources.push_back({{"schema", {{"catalogName", "lake"}, {"schemaName", schemas[i]}}}});
      bool any = schemas[i] == "information_schema";
      for (const auto& p : engine.products()) {
        if (p.rfind(schemas[i] + ".", 0) == 0) any = any || ana.plan(p).allowed();
      }
      if (any) readable_schemas.push_back(i);
    }
    CHECK(trino.filter("ana", "FilterSchemas", schema_resources) == readable_schemas);
    CHECK(std::find(readable_schemas.begin(), readable_schemas.end(), 0) != readable_schemas.end());

    // SHOW TABLES FROM lake.crm: the product, the view over it, not the undeclared table.
    CHECK(trino.allow(trino::one("ana", "ShowTables", {{"schema", {{"catalogName", "lake"}, {"schemaName", "crm"}}}})) == true);
    json tables = {trino::table("lake", "crm", "customers"), trino::table("lake", "crm", "contacts"), trino::table("lake", "crm", "staging")};
    CHECK(trino.filter("ana", "FilterTables", tables) == std::vector<size_t>{0, 1});

    // DESCRIBE lake.crm.customers: every contract column, nothing else.
    CHECK(trino.allow(trino::one("ana", "ShowColumns", trino::table("lake", "crm", "customers"))) == true);
    json described = trino::table("lake", "crm", "customers");
    std::vector<std::string> columns = column_names(engine, "crm.customers");
    described["table"]["columns"] = columns;
    described["table"]["columns"].push_back("not_in_contract");
    std::vector<size_t> all(columns.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    CHECK(trino.filter("ana", "FilterColumns", json::array({described})) == all);

    // SHOW CREATE TABLE lake.crm.customers
    CHECK(trino.allow(trino::one("ana", "ShowCreateTable", trino::table("lake", "crm", "customers"))) == true);

    // SELECT customer_id, email, phone FROM lake.crm.customers: access, row filter and masks.
    CHECK(trino.allow(execute) == true);
    CHECK(trino.allow(trino::select("ana", "crm", "customers", {"customer_id", "email", "phone"})) ==
          ana.plan("crm.customers", {"customer_id", "email", "phone"}).allowed());
    CHECK(trino.row_filters("ana", "crm", "customers") == engine_filter("crm.customers"));
    auto masks = trino.masks("ana", "crm", "customers", columns);
    CHECK(masks == engine_masks("crm.customers"));
    CHECK(masks.count("email"));

    // SELECT count(*) FROM lake.crm.customers: no columns, the same row filter.
    CHECK(trino.allow(trino::select("ana", "crm", "customers", json::array())) == ana.plan("crm.customers").allowed());
    CHECK(trino.row_filters("ana", "crm", "customers") == engine_filter("crm.customers"));

    // SELECT * FROM lake.crm.contacts, a SECURITY DEFINER view owned by svc_views.
    CHECK(trino.allow(trino::select("ana", "crm", "contacts", columns)) == true);
    json owner_check = trino::select("svc_views", "crm", "customers", columns);
    owner_check["input"]["action"]["operation"] = "CreateViewWithSelectFromColumns";
    CHECK(trino.allow(owner_check) == true);
    CHECK(trino.row_filters("svc_views", "crm", "customers") == json::array());
    CHECK(trino.masks("svc_views", "crm", "customers", columns).empty());
    CHECK(trino.row_filters("ana", "crm", "contacts") == engine_filter("crm.customers"));
    CHECK(trino.masks("ana", "crm", "contacts", columns) == engine_masks("crm.customers"));

    // SELECT * FROM lake.wide.events: 9,000 columns in one access check and one mask batch
    // (about 1.3 MB, within the default request limit), or 9,000 single-column calls.
    std::vector<std::string> wide = column_names(engine, "wide.events");
    REQUIRE(wide.size() == static_cast<size_t>(kWideColumns));
    CHECK(trino.allow(trino::select("ana", "wide", "events", wide)) == true);
    CHECK(trino.row_filters("ana", "wide", "events") == engine_filter("wide.events"));
    auto wide_masks = trino.masks("ana", "wide", "events", wide);
    CHECK(wide_masks == engine_masks("wide.events"));
    CHECK(wide_masks.size() == 1);
    INFO(trino.requests() << " requests");
  }
}

// Every operation OpaAccessControl sends to opa.policy.uri (plugin/trino-opa), with the resource
// it builds, and Custos' documented answer for a known user who is not a system user (docs/trino.md).
// An unknown user is denied every one of them.
TEST_CASE("serve: every operation Trino's OPA plugin sends is answered deliberately", "[serve][trino]") {
  testing::ExampleService service(testing::kTestHashKey);
  serve::TrinoOpa opa(service.engine(), serve::Principals::from_json(testing::ExampleService::principals(), "test"), "lake");
  const json table = trino::table("lake", "crm", "customers");
  json with_columns = table;
  with_columns["table"]["columns"] = {"customer_id"};
  const json schema = {{"schema", {{"catalogName", "lake"}, {"schemaName", "crm"}}}};
  const json catalog = {{"catalog", {{"name", "lake"}}}};
  const json function = {{"function", {{"catalogName", "lake"}, {"schemaName", "crm"}, {"functionName", "f"}}}};
  const json own_query = {{"user", {{"user", "ana"}, {"groups", json::array()}}}};
  const json other_query = {{"user", {{"user", "bo"}, {"groups", json::array()}}}};
  struct Case {
    const char* operation;
    json resource;  // null: none
    bool allowed;
  };
  const std::vector<Case> cases = {
      {"ExecuteQuery", nullptr, true},
      {"ImpersonateUser", {{"user", {{"user", "bo"}}}}, false},
      {"ViewQueryOwnedBy", own_query, true},
      {"ViewQueryOwnedBy", other_query, false},
      {"KillQueryOwnedBy", own_query, true},
      {"KillQueryOwnedBy", other_query, false},
      {"ReadSystemInformation", nullptr, false},
      {"WriteSystemInformation", nullptr, false},
      {"SetSystemSessionProperty", {{"systemSessionProperty", {{"name", "query_max_memory"}}}}, false},
      {"AccessCatalog", catalog, true},
      {"CreateCatalog", catalog, false},
      {"DropCatalog", catalog, false},
      {"FilterCatalogs", catalog, true},
      {"CreateSchema", schema, false},
      {"DropSchema", schema, false},
      {"RenameSchema", schema, false},
      {"SetSchemaAuthorization", schema, false},
      {"ShowSchemas", catalog, true},
      {"FilterSchemas", schema, true},
      {"ShowCreateSchema", schema, true},
      {"ShowCreateTable", table, true},
      {"CreateTable", table, false},
      {"DropTable", table, false},
      {"RenameTable", table, false},
      {"SetTableProperties", table, false},
      {"SetTableComment", table, false},
      {"SetViewComment", table, false},
      {"SetColumnComment", table, false},
      {"ShowTables", schema, true},
      {"FilterTables", table, true},
      {"ShowColumns", table, true},
      {"FilterColumns", with_columns, true},
      {"AddColumn", table, false},
      {"AlterColumn", table, false},
      {"DropColumn", table, false},
      {"SetTableAuthorization", table, false},
      {"RenameColumn", table, false},
      {"SelectFromColumns", with_columns, true},
      {"InsertIntoTable", table, false},
      {"DeleteFromTable", table, false},
      {"TruncateTable", table, false},
      {"UpdateTableColumns", with_columns, false},
      {"CreateView", table, false},
      {"RenameView", table, false},
      {"SetViewAuthorization", table, false},
      {"DropView", table, false},
      {"CreateViewWithSelectFromColumns", with_columns, false},
      {"CreateMaterializedView", table, false},
      {"RefreshMaterializedView", table, false},
      {"SetMaterializedViewProperties", table, false},
      {"SetMaterializedViewComment", table, false},
      {"DropMaterializedView", table, false},
      {"RenameMaterializedView", table, false},
      {"SetCatalogSessionProperty", {{"catalogSessionProperty", {{"catalogName", "lake"}, {"propertyName", "p"}}}}, true},
      {"ShowFunctions", schema, true},
      {"FilterFunctions", function, true},
      {"ExecuteProcedure", function, false},
      {"ExecuteFunction", function, false},
      {"CreateViewWithExecuteFunction", function, false},
      {"ExecuteTableProcedure", table, false},
      {"CreateFunction", function, false},
      {"DropFunction", function, false},
      {"ShowCreateFunction", function, false},
  };
  for (const auto& c : cases) {
    INFO(c.operation << " " << c.resource.dump());
    json action = {{"operation", c.operation}};
    if (!c.resource.is_null()) action["resource"] = c.resource;
    json answer = opa.allow(trino::request(trino::context("ana"), action).dump());
    REQUIRE(answer["result"].is_boolean());
    CHECK(answer["result"] == c.allowed);
    CHECK(opa.allow(trino::request(trino::context("mallory"), action).dump())["result"] == false);
  }
}
