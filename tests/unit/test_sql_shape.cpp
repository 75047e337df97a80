// Hostile names in every SQL output: the emitted SQL splits into exactly the statements it has
// with plain names (issue 22: names with line breaks, quotes, dollar signs and backslashes).
// fuzz/fuzz_sql_names.cpp runs the same check on names libFuzzer makes up.
#include <catch2/catch.hpp>

#include <random>

#include "support/env.h"
#include "support/sql_shape.h"

using namespace custos;
using testing::sql_shape;

TEST_CASE("the SQL shape reader splits statements as the engines do", "[sql][security]") {
  using sql::Dialect;
  CHECK(sql_shape(Dialect::Postgres, "SELECT 1; -- x; y\nSELECT ';'").statements == std::vector<std::string>{"SELECT", "SELECT"});
  CHECK(sql_shape(Dialect::Postgres, "-- a\rCOMMIT; SELECT 1").statements == std::vector<std::string>{"COMMIT", "SELECT"});
  CHECK(sql_shape(Dialect::Sqlite, "-- a\rCOMMIT; SELECT 1").statements.empty());  // SQLite ends `--` at \n only
  CHECK(sql_shape(Dialect::Postgres, "DO $x$ BEGIN; END $x$; SELECT E'\\';'").statements == std::vector<std::string>{"DO", "SELECT"});
  CHECK(sql_shape(Dialect::Postgres, "/* a /* b */ ; */ SELECT 1").statements == std::vector<std::string>{"SELECT"});
  CHECK(sql_shape(Dialect::Sqlite, "/* a /* b */ SELECT 1").statements == std::vector<std::string>{"SELECT"});
  CHECK(sql_shape(Dialect::Postgres, "SELECT \"a\"\";\"").statements == std::vector<std::string>{"SELECT"});
  CHECK(!sql_shape(Dialect::Postgres, "SELECT 'a").error.empty());
  CHECK(!sql_shape(Dialect::Postgres, "SELECT 'a\\'").error.empty());  // plain string with a backslash
  CHECK(!sql_shape(Dialect::Postgres, "SELECT $$a").error.empty());
}

TEST_CASE("hostile names never change how the emitted SQL splits into statements", "[sql][security]") {
  const std::vector<std::string> pieces = {"'", "\"", "\\", "$", "$$", "$custos$", "\n", "\r", "\r\n", "--", "/*", "*/", ";",
                                           "E'", "U&'", "`", "[", "]", " ", "a", "Z", "_", "0", "\xE2\x80\xA8", "\xC3\xA9",
                                           "\t", "COMMIT; DROP TABLE x; --", "$$; SELECT 1; $$"};
  CHECK(testing::check_hostile_names({"domain\nCOMMIT; ALTER ROLE mallory SUPERUSER; --"}) == "");
  const uint64_t cases = testing::env_number("CUSTOS_HOSTILE_NAME_CASES", 300);
  std::mt19937_64 rng(2212);
  for (uint64_t i = 0; i < cases; ++i) {
    std::vector<std::string> names(10);
    for (auto& n : names) {
      int parts = 1 + static_cast<int>(rng() % 6);
      for (int k = 0; k < parts; ++k) n += pieces[rng() % pieces.size()];
    }
    std::string problem = testing::check_hostile_names(names);
    INFO("case " << i);
    REQUIRE(problem == "");
  }
}
