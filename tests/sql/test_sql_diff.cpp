// Differential tests of the SQL targets: random policy sets, principals, contexts and rows (the
// generator of the JIT differential test: nulls, empty and non-ASCII strings, INT64_MIN/MAX,
// 1e308), the decision emitted as SQL and run by a real SQLite database and a real PostgreSQL
// server; the visible rows and every (masked) value must equal the interpreter's exactly.
// CUSTOS_SQL_DIFF_CASES for longer runs.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ir/print.h"
#include "support/test_keys.h"
#include "calendar.h"
#include "decision_inputs.h"
#include "mesh/load_mesh.h"
#include "check/check.h"
#include "diag/render.h"
#include "emit_plan.h"
#include "parse/parse.h"
#include "plan.h"
#include "support/example_mesh.h"
#include "support/env.h"
#include "support/golden_mesh.h"
#include "sql/databases.h"
#include "support/random_policy.h"

using namespace custos;
using namespace custos::testing;

namespace {

// A table name that needs quoting in every dialect.
const std::string kTable = "Sales \"Orders\" 2024";

std::string table_sql() { return sql::quote_identifier(kTable); }

// Creates the table for `product` (plus a row number) and fills it with `rows`.
void load_rows(Database& db, const Product& product, const std::vector<eval::Row>& rows) {
  sql::Dialect d = db.dialect();
  db.exec("DROP TABLE IF EXISTS " + table_sql());
  std::string ddl = "CREATE TABLE " + table_sql() + " (\"__row\" " + sql::sql_type(d, TypeKind::Int);
  for (const Column& c : product.columns) ddl += ", " + sql::quote_identifier(c.name) + " " + sql::sql_type(d, c.type.kind);
  db.exec(ddl + ")");
  for (size_t r = 0; r < rows.size(); ++r) {
    std::string sql = "INSERT INTO " + table_sql() + " VALUES (" + std::to_string(r);
    for (const Scalar& v : rows[r]) {
      const double* x = std::get_if<double>(&v);
      sql += ", " + (x && std::isnan(*x) ? "CAST('NaN' AS " + sql::sql_type(d, TypeKind::Float) + ")" : sql::literal(d, v));
    }
    db.exec(sql + ")");
  }
}

void differential(Database& db, uint64_t cases) {
  testing::GoldenMesh golden;
  const Mesh* mesh = golden.mesh.get();
  const size_t product = golden.index("sales.orders");
  const Product& orders = mesh->products[product];
  const uint64_t seed = env_number("CUSTOS_DIFF_SEED", 20261125);
  testing::RandomPolicies gen(seed);
  gen.nul_strings = db.dialect() != sql::Dialect::Postgres;
  gen.nan_floats = db.dialect() == sql::Dialect::Postgres;
  stdlib::NativeContext natives = testing::test_natives();
  uint64_t case_no = 0, compared = 0, visible_rows = 0, masked = 0;
  while (case_no < cases) {
    std::string text = gen.policy();
    INFO("seed " << seed << ", policy:\n" << text);
    ir::PolicySet set = testing::lower_policy(*mesh, text);
    auto rows = gen.rows(30);
    load_rows(db, orders, rows);
    for (int q = 0; q < 10 && case_no < cases; ++q, ++case_no) {
      eval::Attributes principal = gen.principal(), context = gen.context();
      eval::Plan ref = eval::make_plan(set, product, principal, context, {}, natives);
      sql::SqlPlan sp = sql::emit_plan(ref, db.dialect(), natives);
      std::string select = "SELECT \"__row\"";
      for (const auto& c : sp.columns) select += ", " + c.expression;
      select += " FROM " + table_sql() + " WHERE " + sp.row_filter + " ORDER BY \"__row\"";
      INFO("case " << case_no << (ref.row_filter ? ", residual " + ir::render(*ref.row_filter) : ""));
      auto got = db.query(select);
      std::vector<size_t> expected;
      for (size_t r = 0; r < rows.size(); ++r) {
        if (eval::row_visible(ref, rows[r], natives)) expected.push_back(r);
      }
      std::vector<size_t> got_rows;
      for (const auto& g : got) got_rows.push_back(std::stoul(*g[0]));
      if (got_rows != expected) {
        std::string dump;
        for (size_t r = 0; r < rows.size(); ++r) {
          dump += "row " + std::to_string(r) + ":";
          for (const auto& v : rows[r]) dump += " " + show(v);
          dump += "\n";
        }
        INFO("rows:\n" << dump << "filter: " << sp.row_filter);
        REQUIRE(got_rows == expected);
      }
      for (size_t k = 0; k < got.size(); ++k) {
        const auto& row = rows[expected[k]];
        for (size_t c = 0; c < ref.columns.size(); ++c) {
          const auto& col = ref.columns[c];
          Scalar want = col.outcome == eval::ColumnOutcome::Denied ? Scalar{Null{}} : eval::column_value(ref, col, row, natives);
          INFO("row " << expected[k] << ", column " << col.name << " (" << eval::to_string(col.outcome) << "): SQL "
                      << show(got[k][c + 1]) << ", interpreter " << show(want) << "\nexpression: " << sp.columns[c].expression);
          REQUIRE(same(got[k][c + 1], want));
          ++compared;
          masked += col.outcome == eval::ColumnOutcome::Masked;
        }
      }
      visible_rows += got.size();
    }
  }
  CHECK(visible_rows > cases);
  CHECK(masked > cases / 10);
  WARN(sql::to_string(db.dialect()) << ": " << cases << " requests, " << visible_rows << " visible rows, " << compared
                                     << " values compared (" << masked << " masked)");
}

// The example mesh with its data: every example principal on every product that has data.
void examples(Database& db) {
  ExampleMesh ex;
  const Mesh* mesh = ex.mesh.get();
  const ir::PolicySet& set = *ex.set;
  const std::string& root = ex.root;
  stdlib::NativeContext natives = testing::test_natives();
  const std::vector<std::pair<std::string, std::string>> data = {{"crm.customers", "customers.csv"},
                                                                 {"after_sales.warranty_claims", "warranty_claims.csv"},
                                                                 {"vehicle_rnd.telemetry", "telemetry.csv"},
                                                                 {"after_sales.churn_mart", "churn_mart.csv"}};
  std::vector<std::string> principals;
  for (const char* who : {"analyst", "agent_fr", "partner"}) principals.push_back(ex.read(std::string("requests/") + who + ".json"));
  principals.push_back(R"({"id": "cleo", "roles": ["analyst", "fraud", "engineer"], "region": "EU", "domain": "vehicle_rnd", "country": "DE", "clearance": 4})");
  principals.push_back(R"({"id": "dee", "roles": ["agent"], "region": "US", "domain": "after_sales", "country": "US", "clearance": 3})");
  std::vector<std::string> errors;
  auto context = eval::attributes_from_json(R"({"purposes": ["reporting"], "now": "2026-03-01T09:00:00Z"})", mesh->config.context, "context", errors);
  size_t compared = 0;
  for (const auto& [name, file] : data) {
    const Product* product = mesh->find_product(name);
    REQUIRE(product);
    size_t index = static_cast<size_t>(product - mesh->products.data());
    auto rows = eval::rows_from_file(root + "/data/" + file, *product, errors);
    REQUIRE(errors.empty());
    bool loaded = false;
    for (const auto& json_text : principals) {
      auto principal = eval::attributes_from_json(json_text, mesh->config.principal, "principal", errors);
      REQUIRE(errors.empty());
      eval::Plan ref = eval::make_plan(set, index, principal, context, {}, natives);
      sql::SqlPlan sp;
      try {
        sp = sql::emit_plan(ref, db.dialect(), natives);
      } catch (const sql::Unsupported& e) {
        FAIL("no " << sql::to_string(db.dialect()) << " form: " << e.what());
      }
      if (!loaded) {
        load_rows(db, *product, rows);
        loaded = true;
      }
      std::string select = "SELECT \"__row\"";
      for (const auto& c : sp.columns) select += ", " + c.expression;
      select += " FROM " + table_sql() + " WHERE " + sp.row_filter + " ORDER BY \"__row\"";
      INFO(name << " for " << json_text);
      auto got = db.query(select);
      std::vector<size_t> expected, got_rows;
      for (size_t r = 0; r < rows.size(); ++r) {
        if (eval::row_visible(ref, rows[r], natives)) expected.push_back(r);
      }
      for (const auto& g : got) got_rows.push_back(std::stoul(*g[0]));
      REQUIRE(got_rows == expected);
      for (size_t k = 0; k < got.size(); ++k) {
        for (size_t c = 0; c < ref.columns.size(); ++c) {
          const auto& col = ref.columns[c];
          Scalar want = col.outcome == eval::ColumnOutcome::Denied ? Scalar{Null{}} : eval::column_value(ref, col, rows[expected[k]], natives);
          INFO("row " << expected[k] << ", column " << col.name << ": SQL " << show(got[k][c + 1]) << ", interpreter " << show(want));
          CHECK(same(got[k][c + 1], want));
          ++compared;
        }
      }
    }
  }
  CHECK(compared > 50);
  WARN(sql::to_string(db.dialect()) << " on the example mesh: " << compared << " values compared");
}

}  // namespace

TEST_CASE("SQLite gives the interpreter's answers on the example mesh's data", "[sql][sqlite]") {
  Sqlite db;
  examples(db);
}

TEST_CASE("PostgreSQL gives the interpreter's answers on the example mesh's data", "[sql][postgres]") {
  Postgres db;
  examples(db);
}

TEST_CASE("SQLite runs the emitted SQL to the interpreter's rows and values", "[sql][sqlite]") {
  Sqlite db;
  differential(db, env_number("CUSTOS_SQL_DIFF_CASES", 10000));
}

TEST_CASE("PostgreSQL runs the emitted SQL to the interpreter's rows and values", "[sql][postgres]") {
  Postgres db;
  differential(db, env_number("CUSTOS_SQL_DIFF_CASES", 10000));
}
