// Trino views over products (docs/trino.md#views), in the order Trino asks: a SECURITY DEFINER
// view's owner may read exactly its product and gets no filter or mask there, and the reader gets
// their own table access, row filter and masks of the product on the view; a SECURITY INVOKER
// view adds nothing, its tables decide for the reader. Metadata lists views as it lists products.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/example_service.h"
#include "support/test_keys.h"
#include "support/trino_requests.h"
#include "trino_opa.h"

using namespace custos;
using nlohmann::json;
namespace trino = custos::testing::trino;

namespace {

json with_views() {
  json doc = testing::ExampleService::principals();
  doc["views"] = {{"lake.crm.contacts", {{"product", "crm.customers"}, {"owner", "svc_views"}}},
                  {"lake.crm.joined", {{"security", "invoker"}}}};
  return doc;
}

// Column masks of `table`'s columns, by column name.
std::map<std::string, json> masks(const serve::TrinoOpa& opa, const std::string& user, const std::string& schema,
                                  const std::string& table, const std::vector<std::string>& columns) {
  json resources = json::array();
  for (const auto& c : columns) resources.push_back(trino::column(schema, table, c, "varchar"));
  std::map<std::string, json> out;
  const json answer = opa.batch_column_masks(trino::masks(user, resources).dump());  // kept: a range over a temporary's member dangles
  for (const auto& m : answer["result"]) {
    out[columns[m["index"].get<size_t>()]] = m["viewExpression"];
  }
  return out;
}

json filters(const serve::TrinoOpa& opa, const std::string& user, const std::string& schema, const std::string& table) {
  return opa.row_filters(trino::row_filters(user, schema, table).dump())["result"];
}

}  // namespace

TEST_CASE("serve: a SECURITY DEFINER view gives the reader the product's decision, the owner nothing more", "[serve][views]") {
  testing::ExampleService service(testing::kTestHashKey);
  serve::Principals principals = serve::Principals::from_json(with_views(), "test");
  REQUIRE(principals.validate(service.engine()).empty());
  serve::TrinoOpa opa(service.engine(), principals, "lake");
  std::vector<std::string> columns;
  for (const auto& c : service.engine().product_columns("crm.customers")) columns.push_back(c.name);

  // 1. Trino checks the reader's access to the view: the reader's access to its product.
  for (const char* user : {"ana", "bo", "zed", "mallory"}) {
    INFO(user);
    for (const auto& cols : {json::array({"customer_id", "email"}), json::array(), json::array({"no_such_column"})}) {
      CHECK(opa.allow(trino::select(user, "crm", "contacts", cols).dump())["result"] ==
            opa.allow(trino::select(user, "crm", "customers", cols).dump())["result"]);
    }
  }
  CHECK(opa.allow(trino::select("ana", "crm", "contacts", {"customer_id", "email"}).dump())["result"] == true);
  // 2. Inside the view, Trino asks for the owner: it may read the view's product and nothing else.
  auto create_view_with_select = [&](const std::string& user, const std::string& schema, const std::string& table) {
    json r = trino::select(user, schema, table, {"customer_id"});
    r["input"]["action"]["operation"] = "CreateViewWithSelectFromColumns";
    return opa.allow(r.dump())["result"] == true;
  };
  CHECK(create_view_with_select("svc_views", "crm", "customers"));
  CHECK_FALSE(create_view_with_select("svc_views", "vehicle_rnd", "telemetry"));
  CHECK_FALSE(create_view_with_select("ana", "crm", "customers"));
  // The owner is never a principal: reading the product directly is denied.
  CHECK(opa.allow(trino::select("svc_views", "crm", "customers", {"customer_id"}).dump())["result"] == false);
  // Trino asks the product's row filter and masks for the owner: none, since the view applies the
  // reader's; anywhere else, the owner is denied.
  CHECK(filters(opa, "svc_views", "crm", "customers") == json::array());
  CHECK(masks(opa, "svc_views", "crm", "customers", columns).empty());
  CHECK(filters(opa, "svc_views", "vehicle_rnd", "telemetry") == json::array({{{"expression", "FALSE"}}}));
  CHECK(masks(opa, "svc_views", "vehicle_rnd", "telemetry", {"vehicle_id"}).at("vehicle_id")["expression"] == "CAST(NULL AS varchar)");
  // 3. Then the view's row filter and masks for the reader: the reader's on the product.
  for (const char* user : {"ana", "bo", "zed", "mallory"}) {
    INFO(user);
    CHECK(filters(opa, user, "crm", "contacts") == filters(opa, user, "crm", "customers"));
    CHECK(masks(opa, user, "crm", "contacts", columns) == masks(opa, user, "crm", "customers", columns));
  }
  CHECK_FALSE(masks(opa, "ana", "crm", "contacts", columns).empty());
}

TEST_CASE("serve: a SECURITY INVOKER view adds nothing, and metadata lists views like products", "[serve][views]") {
  testing::ExampleService service(testing::kTestHashKey);
  serve::TrinoOpa opa(service.engine(), serve::Principals::from_json(with_views(), "test"), "lake");
  CHECK(opa.allow(trino::select("ana", "crm", "joined", {"anything"}).dump())["result"] == true);
  CHECK(opa.allow(trino::select("mallory", "crm", "joined", {"anything"}).dump())["result"] == false);
  CHECK(filters(opa, "ana", "crm", "joined") == json::array());
  CHECK(masks(opa, "ana", "crm", "joined", {"email"}).empty());
  // Listing: the definer view as its product, the invoker view for every known user.
  json tables = {trino::table("lake", "crm", "contacts"), trino::table("lake", "crm", "joined")};
  CHECK(opa.batch(trino::filter("ana", "FilterTables", tables).dump())["result"] == json({0, 1}));
  CHECK(opa.batch(trino::filter("zed", "FilterTables", tables).dump())["result"] == json({1}));
  json contacts = trino::table("lake", "crm", "contacts");
  contacts["table"]["columns"] = {"email", "no_such_column"};
  CHECK(opa.batch(trino::filter("ana", "FilterColumns", json::array({contacts})).dump())["result"] == json({0}));
}

TEST_CASE("serve: view declarations are checked, with hints", "[serve][views]") {
  testing::ExampleService service(testing::kTestHashKey);
  json doc = with_views();
  doc["views"]["lake.crm.contacts"]["product"] = "crm.custmers";
  auto problems = serve::Principals::from_json(doc, "test").validate(service.engine());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("`crm.custmers` is not a product of the bundle; did you mean `crm.customers`") != std::string::npos);
  auto load_error = [](const json& d) {
    try {
      serve::Principals::from_json(d, "test");
    } catch (const std::runtime_error& e) {
      return std::string(e.what());
    }
    return std::string("loaded");
  };
  doc = with_views();
  doc["views"]["lake.crm.contacts"]["owner"] = "ana";
  CHECK(load_error(doc).find("owner `ana` is also a user") != std::string::npos);
  doc = with_views();
  doc["views"]["lake.crm.contacts"].erase("owner");
  CHECK(load_error(doc).find("needs its `product` and its `owner`") != std::string::npos);
  doc = with_views();
  doc["views"]["crm.contacts"] = doc["views"]["lake.crm.contacts"];
  CHECK(load_error(doc).find("catalog.schema.view") != std::string::npos);
  doc = with_views();
  doc["views"]["lake.crm.joined"]["security"] = "invokr";
  CHECK(load_error(doc).find("`definer` (Trino's default) or `invoker`") != std::string::npos);
}
