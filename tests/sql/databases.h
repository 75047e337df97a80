// Real databases for the SQL tests: an in-memory SQLite database (with the custos_sqlite
// extension loaded) and the PostgreSQL server the CTest fixture `postgres_start` runs, behind one
// small interface; and how a printed result cell is compared with the interpreter's value.
#pragma once

#include <libpq-fe.h>
#include <sqlite3.h>

#include <optional>
#include <string>
#include <vector>

#include "dialect.h"
#include "value.h"

namespace custos::testing {

// One result cell as the database printed it (NULL as nullopt).
using Cell = std::optional<std::string>;

// A database the test can create tables in, fill, and query. Failures fail the test.
class Database {
 public:
  virtual ~Database() = default;
  virtual sql::Dialect dialect() const = 0;
  virtual void exec(const std::string& sql) = 0;
  virtual std::vector<std::vector<Cell>> query(const std::string& sql) = 0;
};

class Sqlite final : public Database {
 public:
  Sqlite();
  ~Sqlite() override;
  sql::Dialect dialect() const override { return sql::Dialect::Sqlite; }
  void exec(const std::string& sql) override;
  std::vector<std::vector<Cell>> query(const std::string& sql) override;

 private:
  sqlite3* db_ = nullptr;
};

class Postgres final : public Database {
 public:
  // The fixture's server; `database` (created by the caller) instead of `postgres` when given.
  explicit Postgres(const std::string& database = "");
  ~Postgres() override;
  sql::Dialect dialect() const override { return sql::Dialect::Postgres; }
  void exec(const std::string& sql) override;
  std::vector<std::vector<Cell>> query(const std::string& sql) override;
  // A query that may fail: the rows, or the error's SQLSTATE and message.
  struct Outcome {
    std::vector<std::vector<Cell>> rows;
    std::string sqlstate, message;  // empty on success
  };
  Outcome try_query(const std::string& sql);

 private:
  PGconn* conn_ = nullptr;
};

// Whether a printed cell is the interpreter's value.
bool same(const Cell& cell, const Scalar& want);
std::string show(const Cell& c);
std::string show(const Scalar& v);

}  // namespace custos::testing
