// `custos compile --target postgres` against a real PostgreSQL server: the script is deployed,
// database roles get principal and context attributes, and each role queries the governed view.
// Table access (a refusal with SQLSTATE 42501), the visible rows and every masked value must be
// the interpreter's exactly, for random policy sets (the differential generator: nulls, errors,
// missing attributes, unicode, extreme numbers) and for the example mesh on its data. Also:
// re-running and upgrading the script, and what a querying role can and cannot reach.
// CUSTOS_PG_DEPLOY_CASES for longer runs.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <fstream>

#include "ir/print.h"
#include "mesh/load_mesh.h"
#include "support/test_keys.h"
#include "decision_inputs.h"
#include "deploy_postgres.h"
#include "plan.h"
#include "sql/databases.h"
#include "sql/deploy_helpers.h"
#include "support/example_mesh.h"
#include "support/env.h"
#include "support/golden_mesh.h"
#include "support/random_policy.h"

using namespace custos;
using namespace custos::testing;

namespace {

struct Tally {
  uint64_t requests = 0, refused = 0, rows = 0, values = 0, masked = 0;
};

// Queries the governed view as `role` and compares with the interpreter's decision.
void compare(Postgres& db, const sql::PostgresDeployment& o, const ir::PolicySet& set, size_t index, const std::string& role,
             const eval::Attributes& principal, const eval::Attributes& context, const std::vector<eval::Row>& rows,
             Tally& tally) {
  stdlib::NativeContext natives = testing::test_natives();
  natives.hash_key = o.hash_key;
  const Product& p = set.mesh->products[index];
  eval::Plan ref = eval::make_plan(set, index, principal, context, {}, natives);
  db.exec("SET ROLE " + q(role));
  auto got = db.try_query("SELECT * FROM " + sql::governed_view(o, p));
  db.exec("RESET ROLE");
  ++tally.requests;
  INFO("role " << role << ", access " << (ref.allowed ? "allowed" : "denied: " + ref.access_why)
               << (ref.row_filter ? ", residual " + ir::render(*ref.row_filter) : ""));
  if (!ref.allowed) {
    INFO(got.message);
    REQUIRE(got.sqlstate == "42501");
    CHECK(got.message.find("may not read " + p.qualified()) != std::string::npos);
    // The database gives the reason in the decision core's words.
    CHECK(got.message.find("may not read " + p.qualified() + ": " + ref.access_why) != std::string::npos);
    ++tally.refused;
    return;
  }
  INFO(got.message);
  REQUIRE(got.sqlstate.empty());
  // The expected rows, masked; matched as a multiset (the view has no row numbers).
  std::vector<std::vector<Scalar>> want;
  for (const auto& row : rows) {
    if (!eval::row_visible(ref, row, natives)) continue;
    std::vector<Scalar> out;
    for (const auto& c : ref.columns) {
      out.push_back(c.outcome == eval::ColumnOutcome::Denied ? Scalar{Null{}} : eval::column_value(ref, c, row, natives));
      tally.masked += c.outcome == eval::ColumnOutcome::Masked;
    }
    want.push_back(std::move(out));
  }
  std::string dump;
  for (const auto& row : rows) {
    dump += "  row:";
    for (const auto& v : row) dump += " " + show(v);
    dump += (eval::row_visible(ref, row, natives) ? "  (visible)\n" : "\n");
  }
  for (const auto& g : got.rows) {
    std::string shown;
    for (const auto& c : g) shown += " " + show(c);
    INFO("PostgreSQL returned a row the interpreter does not:" << shown << "\nrows:\n" << dump);
    auto match = std::find_if(want.begin(), want.end(), [&](const std::vector<Scalar>& w) {
      if (w.size() != g.size()) return false;
      for (size_t c = 0; c < w.size(); ++c) {
        if (!same(g[c], w[c])) return false;
      }
      return true;
    });
    REQUIRE(match != want.end());
    want.erase(match);
    tally.values += g.size();
  }
  INFO("rows:\n" << dump);
  REQUIRE(want.empty());
  tally.rows += got.rows.size();
}

}  // namespace

TEST_CASE("PostgreSQL enforces compiled random policies as the interpreter decides", "[sql][postgres][deploy]") {
  Postgres db;
  GoldenMesh golden;
  const Mesh& mesh = *golden.mesh;
  const size_t index = golden.index("sales.orders");
  const Product& orders = mesh.products[index];
  sql::PostgresDeployment o = deployment("random");
  o.products = {"sales.orders"};
  o.tables["sales.orders"] = "Sales \"Raw\".2024 orders";  // both parts need quoting
  o.hash_key = "a key with 'quotes', \\backslashes\\ and ünïcode";
  const std::string table = q("Sales \"Raw\"") + "." + q("2024 orders");
  db.exec("CREATE SCHEMA IF NOT EXISTS " + q("Sales \"Raw\""));
  const int kRoles = 10;
  std::vector<std::string> roles;
  for (int i = 0; i < kRoles; ++i) roles.push_back("custos_random_" + std::to_string(i));
  roles.push_back("custos_random_nobody");  // no attribute rows at all
  for (const auto& r : roles) create_role(db, r);

  const uint64_t seed = env_number("CUSTOS_DIFF_SEED", 20261201);
  const uint64_t cases = env_number("CUSTOS_PG_DEPLOY_CASES", 5000);
  RandomPolicies gen(seed);
  gen.nul_strings = false;  // PostgreSQL text cannot hold U+0000
  Tally tally;
  bool first = true;
  while (tally.requests < cases) {
    std::string text = gen.policy();
    INFO("seed " << seed << ", policy:\n" << text);
    ir::PolicySet set = lower_policy(mesh, text);
    auto rows = gen.rows(20);
    load_table(db, table, orders, rows);
    std::string script = sql::compile_postgres(set, o);
    db.exec(script);
    if (first) db.exec(script);  // running it again changes nothing
    first = false;
    std::vector<std::pair<eval::Attributes, eval::Attributes>> who;
    for (int i = 0; i < kRoles; ++i) {
      who.emplace_back(gen.principal(), gen.context());
      set_attributes(db, o, mesh, roles[static_cast<size_t>(i)], who.back().first, who.back().second, true);
    }
    who.emplace_back();
    set_attributes(db, o, mesh, roles.back(), {}, {}, false);
    for (size_t i = 0; i < roles.size(); ++i) {
      INFO("principal " << i << " of this policy set");
      compare(db, o, set, index, roles[i], who[i].first, who[i].second, rows, tally);
    }
  }
  CHECK(tally.refused > 0);
  CHECK(tally.refused < tally.requests);
  CHECK(tally.rows > tally.requests / 2);
  CHECK(tally.masked > 0);
  WARN("PostgreSQL deployment: " << tally.requests << " requests (" << tally.refused << " refused), " << tally.rows
                                 << " visible rows, " << tally.values << " values compared");
}

TEST_CASE("PostgreSQL enforces the compiled example mesh on its data", "[sql][postgres][deploy]") {
  Postgres db;
  ExampleMesh ex;
  const Mesh& mesh = *ex.mesh;
  sql::PostgresDeployment o = deployment("examples");
  // Tables in a schema of their own; declared types only resembling the contract's.
  const std::vector<std::tuple<std::string, std::string, std::vector<std::string>>> data = {
      {"crm.customers", "customers.csv", {"integer", "varchar(200)", "text", "text", "varchar(2)", "date", "boolean", "text", "double precision"}},
      {"after_sales.warranty_claims", "warranty_claims.csv", {}},
      {"vehicle_rnd.telemetry", "telemetry.csv", {}},
      // Derived: its columns carry crm.customers' tags through lineage.
      {"after_sales.churn_mart", "churn_mart.csv", {}}};
  db.exec("CREATE SCHEMA IF NOT EXISTS examples_data");
  std::vector<std::string> errors;
  std::vector<std::vector<eval::Row>> rows;
  for (const auto& [name, file, types] : data) {
    const Product* p = mesh.find_product(name);
    REQUIRE(p);
    rows.push_back(eval::rows_from_file(ex.root + "/data/" + file, *p, errors));
    REQUIRE(errors.empty());
    std::string table = "examples_data." + p->domain + "_" + p->name;
    o.tables[name] = table;
    load_table(db, q("examples_data") + "." + q(p->domain + "_" + p->name), *p, rows.back(), types);
  }
  db.exec(sql::compile_postgres(*ex.set, o));

  std::vector<std::string> principals;
  for (const char* who : {"analyst", "agent_fr", "partner"}) principals.push_back(ex.read(std::string("requests/") + who + ".json"));
  principals.push_back(R"({"id": "cleo", "roles": ["analyst", "fraud", "engineer"], "region": "EU", "domain": "vehicle_rnd", "country": "DE", "clearance": 4})");
  principals.push_back(R"({"id": "dee", "roles": ["agent"], "region": "US", "domain": "after_sales", "country": "US", "clearance": 3, "contract_end": "2025-01-31"})");
  const std::vector<std::string> contexts = {ex.read("requests/reporting.json"),
                                             R"({"purposes": ["fraud", "audit"], "now": "2026-03-01T09:00:00Z"})",
                                             R"({"purposes": []})"};
  Tally tally;
  for (size_t i = 0; i < principals.size(); ++i) {
    for (size_t k = 0; k < contexts.size(); ++k) {
      auto principal = eval::attributes_from_json(principals[i], mesh.config.principal, "principal", errors);
      auto context = eval::attributes_from_json(contexts[k], mesh.config.context, "context", errors);
      REQUIRE(errors.empty());
      std::string role = "custos_examples_" + std::to_string(i) + "_" + std::to_string(k);
      create_role(db, role);
      set_attributes(db, o, mesh, role, principal, context, true);
      for (size_t d = 0; d < data.size(); ++d) {
        const Product* p = mesh.find_product(std::get<0>(data[d]));
        INFO(p->qualified() << " for " << principals[i] << " in " << contexts[k]);
        compare(db, o, *ex.set, static_cast<size_t>(p - mesh.products.data()), role, principal, context, rows[d], tally);
      }
    }
  }
  CHECK(tally.refused > 0);
  CHECK(tally.values > 100);
  WARN("PostgreSQL deployment of the example mesh: " << tally.requests << " requests (" << tally.refused << " refused), "
                                                     << tally.values << " values compared");
}

TEST_CASE("The PostgreSQL deployment upgrades in place and keeps querying roles out", "[sql][postgres][deploy]") {
  Postgres db;
  GoldenMesh golden;
  const Mesh& mesh = *golden.mesh;
  sql::PostgresDeployment o = deployment("upgrade");
  o.products = {"sales.orders", "sales.customers"};
  o.clock = "now";
  db.exec("CREATE SCHEMA IF NOT EXISTS sales");
  load_table(db, "sales.orders", mesh.products[golden.index("sales.orders")],
             {{Scalar{int64_t{1}}, Scalar{std::string("a@x.com")}, Scalar{1.5}, Scalar{std::string("DE")}, Scalar{Date{0}},
               Scalar{std::string("n")}}});
  load_table(db, "sales.customers", mesh.products[golden.index("sales.customers")], {});
  const std::string reader = "custos_upgrade_reader";
  create_role(db, reader);
  const std::string head = "domain global;\nimport stdlib.masks as m;\n";
  ir::PolicySet v1 = lower_policy(mesh, head +
      "permit select on sales.orders when context.now > timestamp \"2000-01-01T00:00:00Z\";\n"
      "permit select on sales.customers;\n"
      "mask column sales.orders.customer_email with m.hash;\n"
      "mask column sales.customers.name with m.nullify;\nmask column sales.customers.card_number with m.nullify;\n"
      "mask column sales.orders.customer_email with m.nullify when context.now < timestamp \"2000-01-01T00:00:00Z\";\n"
      "mask column sales.customers.birth_date with m.year_only;\n");
  db.exec(sql::compile_postgres(v1, o));
  db.exec(sql::compile_postgres(v1, o));  // idempotent
  set_attributes(db, o, mesh, reader, {}, {}, true);  // a row of nulls: every required attribute missing

  auto as_reader = [&](const std::string& sql) {
    db.exec("SET ROLE " + q(reader));
    auto r = db.try_query(sql);
    db.exec("RESET ROLE");
    return r;
  };
  // The clock is the statement's time: the permit holds, the email is hashed, not nulled.
  auto rows = as_reader("SELECT order_id, customer_email FROM " + q(o.view_schema) + ".sales_orders");
  INFO(rows.message);
  REQUIRE(rows.sqlstate.empty());
  REQUIRE(rows.rows.size() == 1);
  CHECK(rows.rows[0][1]->size() == 64);
  // The view's definition and the functions it calls never show the hash key or its pads.
  auto def = db.query("SELECT pg_get_viewdef(" + sql::quote_string(q(o.view_schema) + ".sales_orders") + ")");
  CHECK(def[0][0]->find("secrets") != std::string::npos);
  CHECK(def[0][0]->find("\\x") == std::string::npos);
  // Querying roles reach neither the attribute tables, the key, nor the rows behind the views.
  for (const std::string& forbidden : {q(o.schema) + ".principal_attributes", q(o.schema) + ".context_attributes",
                                       q(o.schema) + ".secrets", q(o.schema) + ".deployment"}) {
    INFO(forbidden);
    CHECK(as_reader("SELECT * FROM " + forbidden).sqlstate == "42501");
  }
  CHECK(as_reader("SELECT role_name FROM " + q(o.schema) + ".current_principal").rows.size() == 1);  // its own row only
  db.exec("GRANT USAGE ON SCHEMA sales TO " + q(reader));
  db.exec("GRANT SELECT ON sales.orders TO " + q(reader));  // a direct grant: row-level security leaves it nothing
  CHECK(as_reader("SELECT count(*) FROM sales.orders").rows.at(0).at(0) == Cell{"0"});
  // A querying role cannot change its attributes.
  CHECK(as_reader("UPDATE " + q(o.schema) + ".principal_attributes SET clearance = 9").sqlstate == "42501");

  // v2 drops sales.customers and adds a rule: the old view goes, the attribute rows stay.
  o.products = {"sales.orders"};
  ir::PolicySet v2 = lower_policy(mesh, head + "permit select on sales.orders when principal.clearance >= 2;\n"
                                               "mask column sales.orders.customer_email with m.hash;\n");
  db.exec(sql::compile_postgres(v2, o));
  CHECK(db.query("SELECT to_regclass(" + sql::quote_string(q(o.view_schema) + ".sales_customers") + ") IS NULL")[0][0] == Cell{"t"});
  CHECK(db.query("SELECT count(*) FROM " + q(o.schema) + ".deployment")[0][0] == Cell{"1"});
  CHECK(as_reader("SELECT * FROM " + q(o.view_schema) + ".sales_orders").sqlstate == "42501");  // clearance missing
  db.exec("UPDATE " + q(o.schema) + ".principal_attributes SET clearance = 2 WHERE role_name = " + sql::quote_string(reader));
  CHECK(as_reader("SELECT * FROM " + q(o.view_schema) + ".sales_orders").rows.size() == 1);

  // An attribute column of the wrong type, or a missing table, fails the whole script clearly.
  db.exec("DROP VIEW " + q(o.schema) + ".current_principal CASCADE");  // as the hint says
  db.exec("ALTER TABLE " + q(o.schema) + ".principal_attributes ALTER COLUMN clearance TYPE text");
  auto wrong = db.try_query(sql::compile_postgres(v2, o));
  db.exec("ROLLBACK");  // the script's transaction, aborted by its error
  CHECK(wrong.message.find("clearance is text, not bigint (custos.yaml: principal.clearance: int)") != std::string::npos);
  db.exec("ALTER TABLE " + q(o.schema) + ".principal_attributes ALTER COLUMN clearance TYPE bigint USING clearance::bigint");
  db.exec(sql::compile_postgres(v2, o));
  o.tables["sales.orders"] = "sales.missing";
  auto missing = db.try_query(sql::compile_postgres(v2, o));
  db.exec("ROLLBACK");
  CHECK(missing.message.find("product sales.orders has no table \"sales\".\"missing\"") != std::string::npos);
  // The failed runs changed nothing: the v2 deployment still serves.
  CHECK(as_reader("SELECT * FROM " + q(o.view_schema) + ".sales_orders").rows.size() == 1);
}

TEST_CASE("Collections compare in PostgreSQL as in the interpreter", "[sql][postgres][deploy]") {
  Postgres db;
  GoldenMesh golden;
  const Mesh& mesh = *golden.mesh;
  const size_t index = golden.index("sales.orders");
  sql::PostgresDeployment o = deployment("collections");
  o.products = {"sales.orders"};
  o.tables["sales.orders"] = "collections.orders";
  db.exec("CREATE SCHEMA IF NOT EXISTS collections");
  std::vector<eval::Row> rows = {{Scalar{int64_t{1}}, Scalar{std::string("a@x.com")}, Scalar{1.5}, Scalar{std::string("DE")},
                                  Scalar{Date{0}}, Scalar{Null{}}}};
  load_table(db, "collections.orders", mesh.products[index], rows);
  ir::PolicySet set = lower_policy(mesh, R"(domain global;
@id("pair") permit select on sales.orders when principal.roles == {"analyst", "staff"};
@id("not-audit") permit select on sales.orders when context.purposes != {"audit"} and principal.clearance >= 3;
@id("ids") forbid select on sales.orders when principal.roles == {"admin"} or principal.roles != principal.roles;
)");
  db.exec(sql::compile_postgres(set, o));
  using Items = std::vector<Scalar>;
  auto strings = [](std::initializer_list<const char*> xs) {
    Items out;
    for (const char* x : xs) out.push_back(std::string(x));
    return out;
  };
  const std::vector<std::optional<Items>> roles = {strings({"analyst", "staff"}), strings({"staff", "analyst"}), strings({"analyst"}),
                                                   strings({"analyst", "staff", "staff"}), strings({"admin"}), Items{}, std::nullopt};
  const std::vector<std::optional<Items>> purposes = {Items{}, strings({"audit"}), strings({"audit", "audit"}), std::nullopt};
  Tally tally;
  int n = 0;
  for (const auto& r : roles) {
    for (const auto& p : purposes) {
      eval::Attributes principal, context;
      principal.values["id"] = eval::Val::of(std::string("x"));
      principal.values["region"] = eval::Val::of(std::string("EU"));
      principal.values["clearance"] = eval::Val::of(int64_t{3});
      if (r) principal.values["roles"] = eval::Val::collection(*r);
      if (p) context.values["purposes"] = eval::Val::collection(*p);
      context.values["now"] = eval::Val::of(Timestamp{0});
      std::string role = "custos_collections_" + std::to_string(n++);
      create_role(db, role);
      set_attributes(db, o, mesh, role, principal, context, true);
      compare(db, o, set, index, role, principal, context, rows, tally);
    }
  }
  CHECK(tally.refused > 0);
  CHECK(tally.refused < tally.requests);
}

TEST_CASE("PostgreSQL records every statement that break-glass access lets through", "[sql][postgres][deploy]") {
  // The break-glass mesh of the CLI golden files: `incident-response` (@break_glass) lets on-call
  // engineers in with a justification; `finance-reads-invoices` is an ordinary permit.
  const std::string root = std::string(CUSTOS_SOURCE_DIR) + "/tests/golden/cli/inputs/break_glass";
  SourceMap sources;
  Diagnostics diags;
  auto loaded = mesh::load_mesh(root + "/custos.yaml", sources, diags);
  REQUIRE(loaded);
  REQUIRE(diags.size() == 0);
  const Mesh mesh = std::move(*loaded);
  std::ifstream policy_file(root + "/policies/global.custos");
  std::stringstream policy;
  policy << policy_file.rdbuf();
  ir::PolicySet set = lower_policy(mesh, policy.str());
  const size_t index = mesh.index.at("billing.invoices");

  Postgres db;
  sql::PostgresDeployment o = deployment("breakglass");
  o.products = {"billing.invoices"};
  o.tables["billing.invoices"] = "breakglass.invoices";
  db.exec("CREATE SCHEMA IF NOT EXISTS breakglass");
  std::vector<eval::Row> rows;
  for (int64_t i = 1; i <= 3; ++i) rows.push_back({Scalar{i}, Scalar{std::string("x@y")}});
  load_table(db, "breakglass.invoices", mesh.products[index], rows);
  db.exec(sql::compile_postgres(set, o));
  const std::string log = q(o.schema) + ".break_glass_log";
  db.exec("DELETE FROM " + log);

  auto person = [&](const std::string& role, const char* grant, std::optional<std::string> justification) {
    eval::Attributes principal, context;
    principal.values["id"] = eval::Val::of(role);
    principal.values["roles"] = eval::Val::collection({std::string(grant)});
    context.values["now"] = eval::Val::of(Timestamp{0});
    if (justification) context.values["justification"] = eval::Val::of(*justification);
    create_role(db, role);
    set_attributes(db, o, mesh, role, principal, context, true);
    // What the interpreter decides for this request, for comparison.
    return eval::make_plan(set, index, principal, context, {}, stdlib::NativeContext{}).allowed;
  };
  const std::string view = q(o.view_schema) + "." + q("billing_invoices");
  auto read_as = [&](const std::string& role) {
    db.exec("SET ROLE " + q(role));
    auto out = db.try_query("SELECT * FROM " + view);
    db.exec("RESET ROLE");
    return out;
  };
  const bool olga = person("custos_bg_olga", "oncall", std::string("INC-4711 payment outage; it's down"));
  const bool fin = person("custos_bg_fin", "finance", std::nullopt);
  const bool nojust = person("custos_bg_nojust", "oncall", std::nullopt);
  CHECK(olga);
  CHECK(fin);
  CHECK(!nojust);

  // Two statements by the on-call engineer: two records, each with the justification.
  for (int i = 0; i < 2; ++i) {
    auto r = read_as("custos_bg_olga");
    REQUIRE(r.sqlstate.empty());
    CHECK(r.rows.size() == 3);
  }
  auto logged = db.query("SELECT role_name, product, rules, justification, session_role = session_user FROM " + log + " ORDER BY logged_at");
  REQUIRE(logged.size() == 2);
  for (const auto& row : logged) {
    CHECK(row[0] == Cell("custos_bg_olga"));
    CHECK(row[1] == Cell("billing.invoices"));
    CHECK(row[2] == Cell("incident-response"));
    CHECK(row[3] == Cell("INC-4711 payment outage; it's down"));
    CHECK(row[4] == Cell("t"));  // the login, which a caller cannot choose
  }
  // Ordinary access leaves no break-glass record; without a justification there is no access.
  REQUIRE(read_as("custos_bg_fin").sqlstate.empty());
  {
    auto refused = read_as("custos_bg_nojust");
    INFO(refused.message << ", " << refused.rows.size() << " rows");
    CHECK(refused.sqlstate == "42501");
  }
  CHECK(db.query("SELECT count(*) FROM " + log).at(0).at(0) == db.query("SELECT 2").at(0).at(0));
  // A reader cannot write the log directly, and a read-only transaction cannot read unlogged.
  db.exec("SET ROLE custos_bg_olga");
  CHECK(db.try_query("INSERT INTO " + log + " (statement_at, role_name, session_role, product, rules, backend_pid) VALUES (now(), 'x', 'x', 'y', 'z', 1)").sqlstate == "42501");
  CHECK(db.try_query("SELECT " + q(o.schema) + ".break_glass_record('x', 'y', 'z', 'w')").sqlstate == "42501");
  db.exec("RESET ROLE");
  db.exec("SET ROLE custos_bg_olga");
  db.exec("BEGIN READ ONLY");
  CHECK(db.try_query("SELECT count(*) FROM " + view).sqlstate == "25006");
  db.exec("ROLLBACK");
  db.exec("RESET ROLE");
}

TEST_CASE("Compiling for PostgreSQL refuses bad options clearly", "[sql][deploy]") {
  GoldenMesh golden;
  ir::PolicySet set = lower_policy(*golden.mesh, "domain global;\npermit select on sales.orders;\n");
  sql::PostgresDeployment o;
  o.products = {"sales.order"};
  CHECK_THROWS_WITH(sql::compile_postgres(set, o), "no product `sales.order` in the mesh; did you mean `sales.orders`?");
  o.products = {};
  o.clock = "purposes";
  CHECK_THROWS_WITH(sql::compile_postgres(set, o), "--clock names context.purposes, which is a set<string>, not a timestamp");
  o.clock = "";
  o.tables["sales.orders"] = "nodot";
  CHECK_THROWS_WITH(sql::compile_postgres(set, o), "the table for `sales.orders` must be written SCHEMA.TABLE, not `nodot`");
  o.tables.clear();
  o.grantees = {"custos_enforcer"};
  CHECK_THROWS_WITH(sql::compile_postgres(set, o), "the enforcer role `custos_enforcer` cannot also be a grantee");
}
