// Attacks on the PostgreSQL deployment (issue 22), each reproduced against the fixture's real
// server: names from contracts that try to end a comment line of the script, functions a role
// plants in `public` before a deployment, leaky functions over the attribute views, a server
// with `standard_conforming_strings = off`, and base columns whose casts would fail with a hidden
// row's value in the message. Each test failed before its fix.
#include <catch2/catch.hpp>

#include <random>

#include "support/test_keys.h"
#include "natives.h"
#include "plan.h"
#include "sql/databases.h"
#include "sql/deploy_helpers.h"
#include "support/env.h"
#include "support/golden_mesh.h"
#include "support/random_policy.h"

using namespace custos;
using namespace custos::testing;

namespace {

const std::string kHead = "domain global;\nimport stdlib.masks as m;\n";

// A database of its own: the attacks plant objects in `public` that other tests must not meet.
Postgres attack_database(const std::string& name) {
  {
    Postgres admin;
    admin.exec("DROP DATABASE IF EXISTS " + q(name) + " WITH (FORCE)");
    admin.exec("CREATE DATABASE " + q(name));
  }
  return Postgres(name);
}

const eval::Row kOrder = {Scalar{int64_t{1}}, Scalar{std::string("a@x.com")}, Scalar{1.5}, Scalar{std::string("DE")},
                          Scalar{Date{0}}, Scalar{std::string("n")}};

eval::Attributes roles(const std::vector<std::string>& names) {
  std::vector<Scalar> items(names.begin(), names.end());
  eval::Attributes a;
  a.values["roles"] = eval::Val::collection(std::move(items));
  return a;
}

// The `hash` mask of `text` as the interpreter computes it with the deployment's key.
Scalar hashed(const sql::PostgresDeployment& o, const std::string& text) {
  stdlib::NativeContext natives = testing::test_natives();
  natives.hash_key = o.hash_key;
  std::vector<Scalar> args{Scalar{text}};
  return *stdlib::native::hash(args, natives);
}

}  // namespace

TEST_CASE("Names from a contract cannot run SQL in the deployment script", "[sql][postgres][deploy][security]") {
  Postgres db = attack_database("custos_attack_names");
  GoldenMesh golden;
  Mesh mesh = *golden.mesh;
  create_role(db, "custos_mallory");
  db.exec("ALTER ROLE custos_mallory NOSUPERUSER");
  const std::string payload = "\nCOMMIT; ALTER ROLE custos_mallory SUPERUSER; --";
  // The loader refuses such names (E0309, tests/golden/contracts/injection_domain.yaml); the
  // script must be safe even so: every name is rendered for its place (comment, identifier, literal).
  ir::PolicySet set = lower_policy(mesh, kHead + "permit select on sales.orders;\nmask column sales.orders.notes with m.redact;\n");
  Mesh& hostile = const_cast<Mesh&>(*set.mesh);
  const size_t orders = golden.index("sales.orders");
  hostile.config.name = "golden" + payload;
  hostile.products[orders].domain = "s" + payload.substr(0, 40);
  for (auto& c : hostile.products[orders].columns) {
    if (c.name == "amount") c.name = "amount\r" + payload;
  }
  hostile.reindex();
  sql::PostgresDeployment o = deployment("names");
  o.products = {hostile.products[orders].qualified()};
  o.tables[o.products[0]] = "public.orders";
  o.revision = "r1" + payload;
  db.exec("CREATE SCHEMA IF NOT EXISTS public");
  load_table(db, "public.orders", hostile.products[orders], {kOrder});
  std::string script = sql::compile_postgres(set, o);
  auto run = db.try_query(script);
  INFO(run.message);
  CHECK(run.sqlstate.empty());
  if (!run.sqlstate.empty()) db.exec("ROLLBACK");
  CHECK(db.query("SELECT rolsuper FROM pg_roles WHERE rolname = 'custos_mallory'")[0][0] == Cell{"f"});
  // The hostile column is still governed under its own (quoted) name.
  create_role(db, "custos_names_reader");
  set_attributes(db, o, hostile, "custos_names_reader", {}, {}, true);
  db.exec("SET ROLE custos_names_reader");
  auto rows = db.try_query("SELECT notes FROM " + sql::governed_view(o, hostile.products[orders]));
  db.exec("RESET ROLE");
  INFO(rows.message);
  REQUIRE(rows.rows.size() == 1);
  CHECK(rows.rows[0][0] == Cell{"x"});
}

TEST_CASE("Functions a role plants in public do not capture the deployment", "[sql][postgres][deploy][security]") {
  Postgres db = attack_database("custos_attack_search_path");
  GoldenMesh golden;
  const Mesh& mesh = *golden.mesh;
  // The default before PostgreSQL 15 (kept by pg_upgrade): every role may create in `public`.
  db.exec("GRANT CREATE ON SCHEMA public TO PUBLIC");
  db.exec("CREATE TABLE public.loot (v text)");
  db.exec("GRANT INSERT, SELECT ON public.loot TO PUBLIC");
  create_role(db, "custos_mallory");
  db.exec("SET ROLE custos_mallory");
  // Harvests every value the `hash` mask pseudonymises; and makes every role an analyst.
  db.exec("CREATE FUNCTION public.convert_to(t text, e text) RETURNS bytea LANGUAGE plpgsql AS "
          "$$ BEGIN INSERT INTO public.loot VALUES (t); RETURN pg_catalog.convert_to(t, e::name); END $$");
  db.exec("CREATE FUNCTION public.array_position(a text[], x text) RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$");
  db.exec("CREATE FUNCTION public.sha256(b bytea) RETURNS bytea LANGUAGE plpgsql AS "
          "$$ BEGIN INSERT INTO public.loot VALUES (pg_catalog.encode(b, 'escape')); RETURN pg_catalog.sha256(b); END $$");
  db.exec("RESET ROLE");
  db.exec("SET search_path = \"$user\", public");

  ir::PolicySet set = lower_policy(mesh, kHead + "permit select on sales.orders when \"analyst\" in principal.roles;\n"
                                                 "mask column sales.orders.customer_email with m.hash;\n");
  sql::PostgresDeployment o = deployment("search_path");
  o.products = {"sales.orders"};
  db.exec("CREATE SCHEMA sales");
  load_table(db, "sales.orders", mesh.products[golden.index("sales.orders")], {kOrder});
  db.exec(sql::compile_postgres(set, o));
  const std::string guest = "custos_sp_guest", analyst = "custos_sp_analyst";
  create_role(db, guest);
  create_role(db, analyst);
  set_attributes(db, o, mesh, guest, roles({"guest"}), {}, true);
  set_attributes(db, o, mesh, analyst, roles({"analyst"}), {}, true);
  auto as = [&](const std::string& role) {
    db.exec("SET ROLE " + q(role));
    auto r = db.try_query("SELECT customer_email FROM " + sql::governed_view(o, golden.product("sales.orders")));
    db.exec("RESET ROLE");
    return r;
  };
  CHECK(as(guest).sqlstate == "42501");  // not an analyst, whatever public.array_position says
  auto rows = as(analyst);
  INFO(rows.message);
  REQUIRE(rows.rows.size() == 1);
  CHECK(same(rows.rows[0][0], hashed(o, "a@x.com")));
  CHECK(db.query("SELECT count(*) FROM public.loot")[0][0] == Cell{"0"});
}

TEST_CASE("Leaky functions see only the querying role's attribute row", "[sql][postgres][deploy][security]") {
  Postgres db = attack_database("custos_attack_leak");
  GoldenMesh golden;
  const Mesh& mesh = *golden.mesh;
  ir::PolicySet set = lower_policy(mesh, "domain global;\npermit select on sales.orders;\n");
  sql::PostgresDeployment o = deployment("leak");
  o.products = {"sales.orders"};
  db.exec("CREATE SCHEMA sales");
  load_table(db, "sales.orders", mesh.products[golden.index("sales.orders")], {kOrder});
  db.exec(sql::compile_postgres(set, o));
  for (const std::string role : {"custos_leak_a", "custos_leak_b", "custos_leak_c"}) {
    create_role(db, role);
    set_attributes(db, o, mesh, role, roles({role}), {}, true);
  }
  db.exec("SET ROLE custos_leak_a");
  db.exec("CREATE TEMP TABLE seen (r text)");
  // A tiny cost asks the planner to run it before the view's own condition.
  db.exec("CREATE FUNCTION pg_temp.peek(r text) RETURNS boolean LANGUAGE plpgsql COST 0.0000001 AS "
          "$$ BEGIN INSERT INTO seen VALUES (r); RETURN true; END $$");
  for (const std::string view : {"current_principal", "current_context"}) {
    auto r = db.try_query("SELECT role_name FROM " + q(o.schema) + "." + view + " WHERE pg_temp.peek(role_name)");
    INFO(r.message);
    CHECK(r.sqlstate.empty());
  }
  auto seen = db.query("SELECT DISTINCT r FROM seen");
  db.exec("RESET ROLE");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0][0] == Cell{"custos_leak_a"});
}

TEST_CASE("The deployment reads the same with standard_conforming_strings off", "[sql][postgres][deploy][security]") {
  Postgres db = attack_database("custos_attack_strings");
  GoldenMesh golden;
  const Mesh& mesh = *golden.mesh;
  db.exec("SET standard_conforming_strings = off");
  db.exec("SET escape_string_warning = off");
  // A backslash in a literal, and a masked value built from one.
  ir::PolicySet set = lower_policy(mesh, kHead + "permit select on sales.orders when principal.department == \"r\\\\d\";\n"
                                                 "mask column sales.orders.notes with m.replace_with(\"\\\\x41'\");\n"
                                                 "mask column sales.orders.customer_email with m.hash;\n");
  sql::PostgresDeployment o = deployment("strings");
  o.products = {"sales.orders"};
  db.exec("CREATE SCHEMA sales");
  load_table(db, "sales.orders", mesh.products[golden.index("sales.orders")], {kOrder});
  auto run = db.try_query(sql::compile_postgres(set, o));
  INFO(run.message);
  REQUIRE(run.sqlstate.empty());
  create_role(db, "custos_strings_reader");
  eval::Attributes p;
  p.values["department"] = eval::Val::of(Scalar{std::string("r\\d")});
  set_attributes(db, o, mesh, "custos_strings_reader", p, {}, true);
  db.exec("SET ROLE custos_strings_reader");
  auto rows = db.try_query("SELECT notes, customer_email FROM " + sql::governed_view(o, golden.product("sales.orders")));
  db.exec("RESET ROLE");
  INFO(rows.message);
  REQUIRE(rows.rows.size() == 1);
  CHECK(rows.rows[0][0] == Cell{"\\x41'"});
  CHECK(same(rows.rows[0][1], hashed(o, "a@x.com")));
}

TEST_CASE("Stored types whose cast could fail are refused at deployment", "[sql][postgres][deploy][security]") {
  Postgres db = attack_database("custos_attack_casts");
  GoldenMesh golden;
  const Mesh& mesh = *golden.mesh;
  ir::PolicySet set = lower_policy(mesh, kHead + "permit select on sales.orders rows where country == \"FR\";\nmask column sales.orders.notes with m.redact;\n");
  sql::PostgresDeployment o = deployment("casts");
  o.products = {"sales.orders"};
  db.exec("CREATE SCHEMA sales");
  // order_id as text: a hidden row's 'secret-42' would be the message of a failed cast to bigint.
  load_table(db, "sales.orders", mesh.products[golden.index("sales.orders")], {},
             {"text", "text", "numeric", "varchar(2)", "date", "text"});
  db.exec("INSERT INTO sales.orders VALUES ('secret-42', 'a@x.com', 1.5, 'DE', DATE '2020-01-01', 'n')");
  auto run = db.try_query(sql::compile_postgres(set, o));
  db.exec("ROLLBACK");
  INFO(run.message);
  CHECK(run.message.find("order_id is text, not int") != std::string::npos);
  CHECK(run.message.find("amount is numeric, not float") != std::string::npos);
  CHECK(run.message.find("secret") == std::string::npos);
}

// Names and values full of the characters that end comments, quotes and dollar quotes: rendered
// for each dialect, each must read back as itself inside exactly one statement, in the real
// SQLite library and the real PostgreSQL server (under both settings of
// standard_conforming_strings). CUSTOS_QUOTING_CASES for longer runs.
TEST_CASE("Hostile text stays inside its quotes and comments in every SQL target", "[sql][postgres][security]") {
  const std::vector<std::string> pieces = {"'", "\"", "\\", "$", "$$", "$custos$", "\n", "\r", "\r\n", "--", "/*", "*/",
                                           ";", "E'", "U&'", "`", " ", "a", "Z", "_", "0", "\xE2\x80\xA8", "\xC3\xA9", "\t"};
  const int cases = env_number("CUSTOS_QUOTING_CASES", 600);
  std::mt19937_64 rng(22);
  Sqlite lite;
  Postgres pg = attack_database("custos_attack_quoting");
  int checked = 0;
  for (int i = 0; i < cases; ++i) {
    std::string text;
    int n = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    INFO("text: " << sql::line_comment(text));
    for (sql::Dialect d : {sql::Dialect::Sqlite, sql::Dialect::Postgres}) {
      std::string stmt = sql::line_comment(text) + "SELECT " + sql::quote_string(d, text) + " AS " +
                         sql::quote_identifier(text) + ", 1 AS " + sql::quote_identifier(text + "x");
      INFO(stmt);
      if (d == sql::Dialect::Sqlite) {
        auto rows = lite.query(stmt);  // fails the test on any error; one statement only
        REQUIRE(rows.size() == 1);
        REQUIRE(rows[0].size() == 2);
        CHECK(rows[0][0] == Cell{text});
      } else {
        for (const char* setting : {"on", "off"}) {
          pg.exec(std::string("SET standard_conforming_strings = ") + setting);
          pg.exec("SET escape_string_warning = off");
          auto r = pg.try_query(stmt);
          INFO(setting << ": " << r.message);
          REQUIRE(r.sqlstate.empty());
          REQUIRE(r.rows.size() == 1);
          REQUIRE(r.rows[0].size() == 2);
          CHECK(r.rows[0][0] == Cell{text});
        }
      }
      ++checked;
    }
  }
  CHECK(checked == 2 * cases);
}
