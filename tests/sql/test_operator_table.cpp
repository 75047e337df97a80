// Every operator on edge values, on every backend: each operator of the language (arithmetic,
// comparison, negation, `in`, `is null`, `and`/`or`/`not`) and each stdlib string and time
// function, applied to a column holding edge values (null, 0, -1, INT64_MIN/MAX, 2^53 + 1, floats
// near 2^53 and 2^63, 1e308, NaN in PostgreSQL, empty, U+0000 and astral strings) and to edge
// constants, inside predicates that observe its value, its sign and its null/error-ness. The
// visible rows must be the same for the independent oracle, the interpreter, the JIT, SQLite and
// PostgreSQL. A new operator or function without a rendering in some dialect fails here.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>

#include "decide_rows_jit.h"
#include "functions.h"
#include "ir/print.h"
#include "diff/spec_oracle.h"
#include "emit_plan.h"
#include "plan.h"
#include "sql/databases.h"
#include "support/golden_mesh.h"
#include "support/operator_table.h"
#include "support/random_policy.h"
#include "support/test_keys.h"

using namespace custos;
using namespace custos::testing;

namespace {

void run(Database& db) {
  GoldenMesh golden;
  const Mesh& mesh = *golden.mesh;
  const size_t product = golden.index("sales.orders");
  const bool postgres = db.dialect() == sql::Dialect::Postgres;
  const auto rows = operator_edge_rows(postgres);
  stdlib::NativeContext natives = test_natives();
  const eval::Attributes principal = operator_principal(), context = operator_context();
  // The table, once.
  const std::string table = sql::quote_identifier("operator table");
  sql::Dialect d = db.dialect();
  db.exec("DROP TABLE IF EXISTS " + table);
  std::string ddl = "CREATE TABLE " + table + " (\"__row\" " + sql::sql_type(d, TypeKind::Int);
  for (const Column& c : mesh.products[product].columns) ddl += ", " + sql::quote_identifier(c.name) + " " + sql::sql_type(d, c.type.kind);
  db.exec(ddl + ")");
  for (size_t r = 0; r < rows.size(); ++r) {
    std::string ins = "INSERT INTO " + table + " VALUES (" + std::to_string(r);
    for (const Scalar& v : rows[r]) {
      const double* x = std::get_if<double>(&v);
      ins += ", " + (x && std::isnan(*x) ? "CAST('NaN' AS DOUBLE PRECISION)" : sql::literal(d, v));
    }
    db.exec(ins + ")");
  }
  size_t checked = 0, visible_total = 0;
  for (const auto& pred : operator_predicates()) {
    const std::string text = operator_policy(pred);
    INFO(pred);
    ir::PolicySet set = lower_policy(mesh, text);
    eval::Plan plan = eval::make_plan(set, product, principal, context, {}, natives);
    {
      auto problems = eval::verify_residuals(plan, *set.mesh);
      INFO((problems.empty() ? "" : problems.front()));
      CHECK(problems.empty());
    }
    auto spec = spec_decide(set, product, principal, context, rows, natives.hash_key);
    std::vector<size_t> interp, oracle, by_sql;
    for (size_t r = 0; r < rows.size(); ++r) {
      if (eval::row_visible(plan, rows[r], natives)) interp.push_back(r);
      if (spec.visible[r]) oracle.push_back(r);
    }
    sql::SqlPlan sp = sql::emit_plan(plan, d, natives);
    for (const auto& g : db.query("SELECT \"__row\" FROM " + table + " WHERE " + sp.row_filter + " ORDER BY \"__row\"")) by_sql.push_back(std::stoul(*g[0]));
    INFO("filter: " << sp.row_filter);
    CHECK(interp == oracle);
    CHECK(by_sql == interp);
    if (!postgres) {
      // The JIT once per predicate (compiling dominates; the SQLite run is enough).
      auto compiled = jit::CompiledPolicySet::start(set, jit::Options{false, 0, 64});
      compiled->set_natives(natives);
      auto decider = jit::jit_decider(*compiled, set);
      decider(product, principal, context, {}, rows);
      compiled->wait();
      eval::RowsDecision jd = decider(product, principal, context, {}, rows);
      INFO("JIT engine " << jd.engine);
      CHECK(jd.visible == interp);
    }
    ++checked;
    visible_total += interp.size();
  }
  CHECK(checked > 500);
  CHECK(visible_total > checked);  // not everything is hidden
  WARN(sql::to_string(d) << ": " << checked << " operator predicates over " << rows.size() << " edge rows agree");
}

}  // namespace

TEST_CASE("every operator and function on edge values: oracle, interpreter, JIT and SQLite agree", "[sql][sqlite]") {
  Sqlite db;
  run(db);
}

TEST_CASE("every operator and function on edge values: oracle, interpreter and PostgreSQL agree", "[sql][postgres]") {
  Postgres db;
  run(db);
}

// The table above is written by hand, so this keeps it complete: every binary operator and every
// stdlib scalar function appears in it, and every mask in some decision golden file
// (tests/golden/decide), which runs on the same backends. A new one fails here until it is added.
TEST_CASE("the operator table and the decision goldens cover every operator, function and mask", "[sql]") {
  std::string table;
  for (const auto& p : operator_predicates()) table += p + "\n";
  for (auto op : {ir::BinaryOp::Add, ir::BinaryOp::Sub, ir::BinaryOp::Mul, ir::BinaryOp::Div, ir::BinaryOp::Mod, ir::BinaryOp::Eq,
                  ir::BinaryOp::Ne, ir::BinaryOp::Lt, ir::BinaryOp::Le, ir::BinaryOp::Gt, ir::BinaryOp::Ge}) {
    INFO("operator " << ir::spelling(op));
    CHECK(table.find(std::string(" ") + ir::spelling(op) + " ") != std::string::npos);
  }
  std::string goldens;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(CUSTOS_SOURCE_DIR) + "/tests/golden/decide")) {
    std::ifstream f(entry.path());
    goldens += std::string(std::istreambuf_iterator<char>(f), {});
  }
  REQUIRE(goldens.size() > 0);
  for (const auto& fn : stdlib::functions()) {
    const std::string name(fn.name);
    if (fn.kind == stdlib::FnKind::Mask) {
      INFO("mask " << name << " has no decision golden file using `m." << name << "`");
      CHECK(goldens.find("with m." + name) != std::string::npos);
      continue;
    }
    const std::string alias = fn.module == "strings" ? "s." : fn.module == "time" ? "t." : "";
    INFO("function " << fn.module << "." << name << " is not in the operator table (module alias `" << alias << "`)");
    REQUIRE_FALSE(alias.empty());
    CHECK(table.find(alias + name + "(") != std::string::npos);
  }
}
