// Differential tests of the SQL targets: random policy sets, principals, contexts and rows (the
// generator of the JIT differential test: nulls, empty and non-ASCII strings, INT64_MIN/MAX,
// 1e308), the decision emitted as SQL and run by a real SQLite database and a real PostgreSQL
// server; the visible rows and every (masked) value must equal the interpreter's exactly.
// CUSTOS_SQL_DIFF_CASES for longer runs.
#include <catch2/catch.hpp>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "calendar.h"
#include "decision_inputs.h"
#include "mesh/load_mesh.h"
#include "check/check.h"
#include "diag/render.h"
#include "emit_plan.h"
#include "parse/parse.h"
#include "plan.h"
#include "support/golden_mesh.h"
#include "support/random_policy.h"

using namespace custos;

namespace {

uint64_t env_number(const char* name, uint64_t fallback) {
  const char* v = std::getenv(name);
  return v ? std::strtoull(v, nullptr, 10) : fallback;
}

// A table name that needs quoting in every dialect.
const std::string kTable = "Sales \"Orders\" 2024";

// One result cell as the database printed it (NULL as nullopt), with its column's type.
using Cell = std::optional<std::string>;

// A database the test can create the table in, fill, and query.
class Database {
 public:
  virtual ~Database() = default;
  virtual sql::Dialect dialect() const = 0;
  virtual void exec(const std::string& sql) = 0;
  virtual std::vector<std::vector<Cell>> query(const std::string& sql) = 0;
};

class Sqlite final : public Database {
 public:
  Sqlite() {
    REQUIRE(sqlite3_open(":memory:", &db_) == SQLITE_OK);
    sqlite3_enable_load_extension(db_, 1);
    char* err = nullptr;
    int rc = sqlite3_load_extension(db_, CUSTOS_SQLITE_EXTENSION, nullptr, &err);  // custos_hmac_sha256
    INFO((err ? err : ""));
    sqlite3_free(err);
    REQUIRE(rc == SQLITE_OK);
  }
  ~Sqlite() override { sqlite3_close(db_); }
  sql::Dialect dialect() const override { return sql::Dialect::Sqlite; }
  void exec(const std::string& sql) override {
    char* err = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
    INFO(sql << "\n-> " << (err ? err : ""));
    sqlite3_free(err);
    REQUIRE(rc == SQLITE_OK);
  }
  std::vector<std::vector<Cell>> query(const std::string& sql) override {
    sqlite3_stmt* st = nullptr;
    INFO(sql);
    INFO(sqlite3_errmsg(db_));
    REQUIRE(sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
    std::vector<std::vector<Cell>> rows;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      std::vector<Cell> row;
      for (int i = 0; i < sqlite3_column_count(st); ++i) {
        int t = sqlite3_column_type(st, i);
        if (t == SQLITE_NULL) {
          row.emplace_back();
        } else if (t == SQLITE_FLOAT) {
          char buf[40];
          std::snprintf(buf, sizeof buf, "%.17g", sqlite3_column_double(st, i));
          row.emplace_back(buf);
        } else {
          row.emplace_back(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, i)),
                                       static_cast<size_t>(sqlite3_column_bytes(st, i))));
        }
      }
      rows.push_back(std::move(row));
    }
    std::string msg = sqlite3_errmsg(db_);
    sqlite3_finalize(st);
    INFO(msg);
    REQUIRE(rc == SQLITE_DONE);
    return rows;
  }

 private:
  sqlite3* db_ = nullptr;
};

class Postgres final : public Database {
 public:
  Postgres() {
    std::ifstream f(std::string(CUSTOS_PG_DIR) + "/conninfo");
    std::string conninfo;
    std::getline(f, conninfo);
    INFO("no PostgreSQL server: CTest starts one with the fixture `postgres_start` (tests/sql/postgres.sh)");
    REQUIRE(!conninfo.empty());
    conn_ = PQconnectdb(conninfo.c_str());
    INFO(PQerrorMessage(conn_));
    REQUIRE(PQstatus(conn_) == CONNECTION_OK);
    exec("SET client_min_messages = warning");
  }
  ~Postgres() override { PQfinish(conn_); }
  sql::Dialect dialect() const override { return sql::Dialect::Postgres; }
  void exec(const std::string& sql) override {
    PGresult* r = PQexec(conn_, sql.c_str());
    std::string msg = PQresultErrorMessage(r);
    auto status = PQresultStatus(r);
    PQclear(r);
    INFO(sql << "\n-> " << msg);
    REQUIRE((status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK));
  }
  std::vector<std::vector<Cell>> query(const std::string& sql) override {
    PGresult* r = PQexec(conn_, sql.c_str());
    std::string msg = PQresultErrorMessage(r);
    INFO(sql << "\n-> " << msg);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) PQclear(r);
    REQUIRE(msg.empty());
    std::vector<std::vector<Cell>> rows;
    for (int i = 0; i < PQntuples(r); ++i) {
      std::vector<Cell> row;
      for (int c = 0; c < PQnfields(r); ++c) {
        if (PQgetisnull(r, i, c)) row.emplace_back();
        else row.emplace_back(std::string(PQgetvalue(r, i, c), static_cast<size_t>(PQgetlength(r, i, c))));
      }
      rows.push_back(std::move(row));
    }
    PQclear(r);
    return rows;
  }

 private:
  PGconn* conn_ = nullptr;
};

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
    for (const Scalar& v : rows[r]) sql += ", " + sql::literal(d, v);
    db.exec(sql + ")");
  }
}

// Whether a printed cell is the interpreter's value.
bool same(const Cell& cell, const Scalar& want, TypeKind kind) {
  if (is_null(want)) return !cell;
  if (!cell) return false;
  const std::string& s = *cell;
  if (auto* b = std::get_if<bool>(&want)) return s == (*b ? "1" : "0") || s == (*b ? "t" : "f");
  if (auto* i = std::get_if<int64_t>(&want)) return s == std::to_string(*i);
  if (auto* x = std::get_if<double>(&want)) {
    char* end = nullptr;
    double got = std::strtod(s.c_str(), &end);
    return end == s.c_str() + s.size() && got == *x;
  }
  if (auto* t = std::get_if<std::string>(&want)) return s == *t;
  if (auto* d = std::get_if<Date>(&want)) return s == cal::format_date(d->days);
  if (auto* t = std::get_if<Timestamp>(&want)) {
    // PostgreSQL prints `2025-06-01 10:15:00`, SQLite holds `2025-06-01T10:15:00.000000Z`.
    std::string iso = s;
    if (iso.size() >= 19 && iso[10] == ' ') iso = iso.substr(0, 10) + "T" + iso.substr(11) + "Z";
    auto got = cal::parse_timestamp(iso);
    return got && *got == t->micros;
  }
  (void)kind;
  return false;
}

std::string show(const Cell& c) { return c ? "`" + *c + "`" : "NULL"; }
std::string show(const Scalar& v) { return is_null(v) ? "null" : "`" + to_text(v) + "`"; }

void differential(Database& db, uint64_t cases) {
  testing::GoldenMesh golden;
  const Mesh* mesh = golden.mesh.get();
  const size_t product = golden.index("sales.orders");
  const Product& orders = mesh->products[product];
  const uint64_t seed = env_number("CUSTOS_DIFF_SEED", 20261125);
  testing::RandomPolicies gen(seed);
  stdlib::NativeContext natives;
  uint64_t case_no = 0, compared = 0, visible_rows = 0, masked = 0;
  while (case_no < cases) {
    std::string text = gen.policy();
    SourceMap sources;
    Diagnostics diags;
    std::vector<ast::File> files;
    files.push_back(parse::parse_file(sources.add("random.custos", text), sources, diags));
    auto program = check::check_program(*mesh, files, sources, diags);
    INFO("seed " << seed << ", policy:\n" << text << render_human(diags, sources));
    REQUIRE(diags.size() == 0);
    ir::PolicySet set = ir::lower(*mesh, std::move(program));
    auto rows = gen.rows(30);
    load_rows(db, orders, rows);
    for (int q = 0; q < 10 && case_no < cases; ++q, ++case_no) {
      eval::Attributes principal = gen.principal(), context = gen.context();
      eval::Plan ref = eval::make_plan(set, product, principal, context, {}, natives);
      sql::SqlPlan sp = sql::emit_plan(ref, db.dialect(), natives);
      std::string select = "SELECT \"__row\"";
      for (const auto& c : sp.columns) select += ", " + c.expression;
      select += " FROM " + table_sql() + " WHERE " + sp.row_filter + " ORDER BY \"__row\"";
      INFO("case " << case_no << (ref.row_filter ? ", residual " + eval::render(*ref.row_filter) : ""));
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
          REQUIRE(same(got[k][c + 1], want, orders.columns[col.index].type.kind));
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
  const std::string root = std::string(CUSTOS_SOURCE_DIR) + "/policies/examples";
  SourceMap sources;
  Diagnostics diags;
  auto mesh = mesh::load_mesh(root + "/custos.yaml", sources, diags);
  REQUIRE(mesh);
  std::vector<ast::File> files;
  for (const auto& entry : std::filesystem::directory_iterator(root + "/policies")) {
    std::ifstream f(entry.path());
    std::stringstream text;
    text << f.rdbuf();
    files.push_back(parse::parse_file(sources.add(entry.path().string(), text.str()), sources, diags));
  }
  auto program = check::check_program(*mesh, files, sources, diags);
  INFO(render_human(diags, sources));
  REQUIRE(!diags.has_errors());
  ir::PolicySet set = ir::lower(*mesh, std::move(program));
  stdlib::NativeContext natives;
  const std::vector<std::pair<std::string, std::string>> data = {{"crm.customers", "customers.csv"},
                                                                 {"after_sales.warranty_claims", "warranty_claims.csv"},
                                                                 {"vehicle_rnd.telemetry", "telemetry.csv"}};
  std::vector<std::string> principals;
  for (const char* who : {"analyst", "agent_fr", "partner"}) {
    std::ifstream f(root + "/requests/" + who + ".json");
    std::stringstream text;
    text << f.rdbuf();
    principals.push_back(text.str());
  }
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
          CHECK(same(got[k][c + 1], want, product->columns[col.index].type.kind));
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
