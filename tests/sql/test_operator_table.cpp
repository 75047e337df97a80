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
#include "support/random_policy.h"
#include "support/test_keys.h"

using namespace custos;
using namespace custos::testing;

namespace {

constexpr int64_t kMin = std::numeric_limits<int64_t>::min(), kMax = std::numeric_limits<int64_t>::max();

std::vector<eval::Row> edge_rows(bool postgres) {
  const std::vector<Scalar> ints = {Null{}, int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{7}, int64_t{-7}, kMin, kMax, int64_t{9007199254740993}};
  std::vector<Scalar> floats = {Null{}, 0.0, -0.0, 1.5, -1.5, 9007199254740992.0, 9223372036854775808.0, -9223372036854775808.0, 1e308, -1e308};
  if (postgres) floats.push_back(std::numeric_limits<double>::quiet_NaN());
  std::vector<Scalar> texts = {Null{}, std::string(""), std::string("a"), std::string("Zoë"), std::string("\xF0\x9D\x84\x9Ex"), std::string("A@b")};
  if (!postgres) texts.push_back(std::string("a\0b", 3));
  std::vector<eval::Row> rows;
  size_t n = std::max({ints.size(), floats.size(), texts.size()}) * 3;
  for (size_t i = 0; i < n; ++i) {
    eval::Row r(6, Scalar{Null{}});
    r[0] = ints[i % ints.size()];
    r[1] = texts[(i / 2) % texts.size()];
    r[2] = floats[(i * 7 + i / ints.size()) % floats.size()];
    r[3] = texts[(i * 5 + 1) % texts.size()];
    r[4] = Date{static_cast<int32_t>(i % 3 == 0 ? -719162 : i % 3 == 1 ? 2932896 : 19000)};  // 0001-01-01, 9999-12-31, 2022
    r[5] = texts[i % texts.size()];
    rows.push_back(std::move(r));
  }
  return rows;
}

// Observations of an expression's value: null/error-ness, sign, and equality with itself.
std::vector<std::string> observe(const std::string& e, bool numeric) {
  std::vector<std::string> out = {"(" + e + ") is null", "(" + e + ") is not null"};
  if (numeric) {
    for (const char* t : {" > 0", " < 0", " == 0", " >= 1", " <= -1"}) out.push_back("(" + e + ")" + t);
  }
  return out;
}

std::vector<std::string> predicates() {
  std::vector<std::string> out;
  const std::vector<std::string> int_edges = {"0", "1", "-1", "7", "-7", "9223372036854775807", "-9223372036854775808", "9007199254740993"};
  const std::vector<std::string> float_edges = {"0.0", "1.5", "-1.5", "9007199254740993.0", "9223372036854775807.0", "-9223372036854775808.0", "1e308"};
  for (const char* op : {"+", "-", "*", "/", "%"}) {
    for (const auto& k : int_edges) {
      for (const auto& p : observe("order_id " + std::string(op) + " " + k, true)) out.push_back(p);
      for (const auto& p : observe(k + " " + op + " order_id", true)) out.push_back(p);
    }
    if (std::string(op) != "%") {
      for (const auto& k : float_edges) {
        for (const auto& p : observe("amount " + std::string(op) + " " + k, true)) out.push_back(p);
        for (const auto& p : observe("order_id " + std::string(op) + " " + k, true)) out.push_back(p);
      }
      for (const auto& p : observe("amount " + std::string(op) + " order_id", true)) out.push_back(p);
    }
  }
  for (const auto& p : observe("-order_id", true)) out.push_back(p);
  for (const auto& p : observe("-amount", true)) out.push_back(p);
  for (const char* op : {"==", "!=", "<", "<=", ">", ">="}) {
    for (const auto& k : int_edges) out.push_back("order_id " + std::string(op) + " " + k);
    for (const auto& k : float_edges) {
      out.push_back("order_id " + std::string(op) + " " + k);
      out.push_back("amount " + std::string(op) + " " + k);
    }
    out.push_back("amount " + std::string(op) + " order_id");
    for (const char* s : {"\"\"", "\"a\"", "\"Zoë\"", "\"Z\""}) out.push_back("notes " + std::string(op) + " " + s);
    out.push_back("notes " + std::string(op) + " country");
    out.push_back("placed_on " + std::string(op) + " date \"2022-01-01\"");
  }
  for (const char* coll : {"[0, 1, 9223372036854775807]", "[1.5, 0.0, 7.0]", "[]"}) {
    out.push_back("order_id in " + std::string(coll));
    out.push_back("order_id not in " + std::string(coll));
    out.push_back("amount in " + std::string(coll));
  }
  out.push_back("notes in [\"\", \"a\"]");
  out.push_back("(order_id > 0 and amount > 0.0) or not (notes == \"a\")");
  out.push_back("not (order_id * 2 > 0) or order_id == 1");
  out.push_back("(order_id * 2 > 0 and amount > 1e307) is null");
  for (const char* s : {"notes", "customer_email"}) {
    std::string c = s;
    for (const auto& p : observe("s.length(" + c + ")", true)) out.push_back(p);
    for (const char* x : {"\"\"", "\"a\"", "\"@\"", "\"\\u{1D11E}\""}) {
      out.push_back("s.starts_with(" + c + ", " + x + ")");
      out.push_back("s.ends_with(" + c + ", " + x + ")");
      out.push_back("s.contains(" + c + ", " + x + ")");
    }
    out.push_back("s.lower(" + c + ") == \"zoë\"");
    out.push_back("s.upper(" + c + ") == \"A@B\"");
  }
  for (const char* n : {"0", "1", "-1", "3000000", "-3000000", "9223372036854775807"}) {
    out.push_back("(t.add_days(placed_on, " + std::string(n) + ") > placed_on) is null");
    out.push_back("t.add_days(placed_on, " + std::string(n) + ") > date \"2022-01-01\"");
  }
  out.push_back("t.year(placed_on) > 2000");
  out.push_back("t.days_between(placed_on, date \"2022-06-01\") > 100");
  out.push_back("t.today(context.now) > placed_on");
  return out;
}

void run(Database& db) {
  GoldenMesh golden;
  const Mesh& mesh = *golden.mesh;
  const size_t product = golden.index("sales.orders");
  const bool postgres = db.dialect() == sql::Dialect::Postgres;
  const auto rows = edge_rows(postgres);
  stdlib::NativeContext natives = test_natives();
  eval::Attributes principal, context;
  principal.values["id"] = eval::Val::of(std::string("a"));
  principal.values["clearance"] = eval::Val::of(int64_t{2});
  principal.values["roles"] = eval::Val::collection({});
  principal.values["region"] = eval::Val::of(std::string("EU"));
  context.values["purposes"] = eval::Val::collection({});
  context.values["now"] = eval::Val::of(Timestamp{int64_t{1700000000} * 1000000});
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
  for (const auto& pred : predicates()) {
    std::string text = "domain global;\nimport stdlib.strings as s;\nimport stdlib.time as t;\n@id(\"p\") permit select on sales.orders rows where " + pred +
                       ";\n@id(\"u\") permit select on sales.orders when false or s.length(\"\") == 1 or t.year(date \"2020-01-01\") == 1 rows where not s.contains(\"\", \"x\");\n";
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
  for (const auto& p : predicates()) table += p + "\n";
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
