// The test databases (see databases.h).
#include <cmath>

#include "sql/databases.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "calendar.h"

namespace custos::testing {

Sqlite::Sqlite() {
  REQUIRE(sqlite3_open(":memory:", &db_) == SQLITE_OK);
  sqlite3_enable_load_extension(db_, 1);
  char* err = nullptr;
  int rc = sqlite3_load_extension(db_, CUSTOS_SQLITE_EXTENSION, nullptr, &err);  // custos_hmac_sha256
  INFO((err ? err : ""));
  sqlite3_free(err);
  REQUIRE(rc == SQLITE_OK);
}

Sqlite::~Sqlite() { sqlite3_close(db_); }

void Sqlite::exec(const std::string& sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
  INFO(sql << "\n-> " << (err ? err : ""));
  sqlite3_free(err);
  REQUIRE(rc == SQLITE_OK);
}

std::vector<std::vector<Cell>> Sqlite::query(const std::string& sql) {
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

Postgres::Postgres(const std::string& database) {
  std::ifstream f(std::string(CUSTOS_PG_DIR) + "/conninfo");
  std::string conninfo;
  std::getline(f, conninfo);
  INFO("no PostgreSQL server: CTest starts one with the fixture `postgres_start` (tests/sql/postgres.sh)");
  REQUIRE(!conninfo.empty());
  if (!database.empty()) conninfo += " dbname=" + database;  // the last dbname wins
  conn_ = PQconnectdb(conninfo.c_str());
  INFO(PQerrorMessage(conn_));
  REQUIRE(PQstatus(conn_) == CONNECTION_OK);
  exec("SET client_min_messages = warning");
}

Postgres::~Postgres() { PQfinish(conn_); }

void Postgres::exec(const std::string& sql) {
  PGresult* r = PQexec(conn_, sql.c_str());
  std::string msg = PQresultErrorMessage(r);
  auto status = PQresultStatus(r);
  PQclear(r);
  INFO(sql << "\n-> " << msg);
  REQUIRE((status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK));
}

Postgres::Outcome Postgres::try_query(const std::string& sql) {
  Outcome out;
  PGresult* r = PQexec(conn_, sql.c_str());
  if (PQresultStatus(r) != PGRES_TUPLES_OK && PQresultStatus(r) != PGRES_COMMAND_OK) {
    const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    out.sqlstate = state ? state : "?????";
    out.message = PQresultErrorMessage(r);
    PQclear(r);
    return out;
  }
  for (int i = 0; i < PQntuples(r); ++i) {
    std::vector<Cell> row;
    for (int c = 0; c < PQnfields(r); ++c) {
      if (PQgetisnull(r, i, c)) row.emplace_back();
      else row.emplace_back(std::string(PQgetvalue(r, i, c), static_cast<size_t>(PQgetlength(r, i, c))));
    }
    out.rows.push_back(std::move(row));
  }
  PQclear(r);
  return out;
}

std::vector<std::vector<Cell>> Postgres::query(const std::string& sql) {
  Outcome o = try_query(sql);
  INFO(sql << "\n-> " << o.message);
  REQUIRE(o.sqlstate.empty());
  return o.rows;
}

// Whether a printed cell is the interpreter's value.
bool same(const Cell& cell, const Scalar& want) {
  if (is_null(want)) return !cell;
  if (!cell) return false;
  const std::string& s = *cell;
  if (auto* b = std::get_if<bool>(&want)) return s == (*b ? "1" : "0") || s == (*b ? "t" : "f");
  if (auto* i = std::get_if<int64_t>(&want)) return s == std::to_string(*i);
  if (auto* x = std::get_if<double>(&want)) {
    char* end = nullptr;
    double got = std::strtod(s.c_str(), &end);
    return end == s.c_str() + s.size() && (got == *x || (std::isnan(got) && std::isnan(*x)));
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
  return false;
}

std::string show(const Cell& c) { return c ? "`" + *c + "`" : "NULL"; }
std::string show(const Scalar& v) { return is_null(v) ? "null" : "`" + to_text(v) + "`"; }

}  // namespace custos::testing
