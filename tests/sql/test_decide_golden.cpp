// Decision golden files (tests/golden/decide/*.decide): a policy over the golden mesh, a principal,
// a context and rows, and the decision every backend must print: the interpreter, the JIT, the
// independent oracle, and the SQL that `custos sql` emits, run by a real SQLite database and a
// real PostgreSQL server. One small file per sentence of docs/semantics.md (or stdlib edge).
//
// Input sections, each starting on a line of its own:
//   @policy       the rules (a `domain global;` header and the stdlib imports are added)
//   @principal    JSON          @context   JSON (optional)
//   @rows         JSON lines of sales.orders (optional)
//   @not-postgres why           (optional: the case has no PostgreSQL form, e.g. text holding U+0000)
// Lines before the first section are comments. CUSTOS_UPDATE_GOLDEN=1 rewrites the expectations.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "check/check.h"
#include "decide_rows_jit.h"
#include "decision_inputs.h"
#include "diag/render.h"
#include "diff/spec_oracle.h"
#include "emit_plan.h"
#include "parse/parse.h"
#include "plan.h"
#include "sql/databases.h"
#include "support/golden.h"
#include "support/golden_mesh.h"
#include "support/test_keys.h"

using namespace custos;
using namespace custos::testing;

namespace {

struct Case {
  std::string policy, principal = "{}", context = "{}", rows, not_postgres;
};

Case parse_case(const std::string& input) {
  Case c;
  std::string* section = nullptr;
  std::istringstream in(input);
  for (std::string line; std::getline(in, line);) {
    static const std::set<std::string> kSections = {"@policy", "@principal", "@context", "@rows", "@not-postgres"};
    if (!kSections.count(line.substr(0, line.find(' ')))) {
      if (section) *section += line + "\n";
      continue;
    }
    size_t space = line.find(' ');
    std::string name = line.substr(1, space == std::string::npos ? std::string::npos : space - 1);
    std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
    if (name == "policy") section = &c.policy;
    else if (name == "principal") section = &c.principal;
    else if (name == "context") section = &c.context;
    else if (name == "rows") section = &c.rows;
    else if (name == "not-postgres") section = &c.not_postgres;
    *section = rest.empty() ? "" : rest + "\n";
  }
  return c;
}

std::string shown(const std::optional<Scalar>& v) {
  if (!v) return "<denied>";
  if (is_null(*v)) return "null";
  if (const auto* s = std::get_if<std::string>(&*v)) {
    std::string out = "\"";
    for (char ch : *s) {
      if (ch == '\0') out += "\\0";
      else out += ch;
    }
    return out + "\"";
  }
  return to_text(*v);
}

// The decision as text: access and columns from the plan, then each visible row's values.
std::string render(const eval::Plan& plan, const std::vector<size_t>& visible, const std::vector<std::vector<std::optional<Scalar>>>& values) {
  std::string out = std::string("access ") + (plan.allowed ? "allow" : "deny") + " (" + plan.access_why + ")\n";
  for (const auto& c : plan.columns) {
    if (c.outcome == eval::ColumnOutcome::Clear) continue;
    out += "column " + c.name + " " + eval::to_string(c.outcome);
    if (c.mask()) out += " with " + std::string(c.mask()->module) + "." + std::string(c.mask()->name);
    std::string ids;
    for (const auto& r : c.rules) ids += (ids.empty() ? "" : ", ") + r;
    out += " by " + ids + (c.unorderable ? " (masks that cannot be ordered)" : "") + "\n";
  }
  for (size_t k = 0; k < visible.size(); ++k) {
    out += "row " + std::to_string(visible[k]) + ":";
    for (const auto& v : values[k]) out += " " + shown(v);
    out += "\n";
  }
  if (visible.empty()) out += "no visible row\n";
  return out;
}

struct Loaded {
  GoldenMesh golden;
  size_t product = golden.index("sales.orders");
  std::unique_ptr<ir::PolicySet> set;
  eval::Attributes principal, context;
  std::vector<eval::Row> rows;
};

void load(const GoldenFile& g, const Case& c, Loaded& l) {
  const Mesh& mesh = *l.golden.mesh;
  std::string text = "domain global;\nimport stdlib.masks as m;\nimport stdlib.strings as s;\nimport stdlib.time as t;\n" + c.policy;
  SourceMap sources;
  Diagnostics diags;
  std::vector<ast::File> files;
  files.push_back(parse::parse_file(sources.add(g.relative, text), sources, diags));
  auto program = check::check_program(mesh, files, sources, diags);
  INFO(render_human(diags, sources));
  REQUIRE(diags.error_count() == 0);
  l.set = std::make_unique<ir::PolicySet>(ir::lower(mesh, std::move(program)));
  std::vector<std::string> errors;
  l.principal = eval::attributes_from_json(c.principal, mesh.config.principal, "principal", errors);
  l.context = eval::attributes_from_json(c.context, mesh.config.context, "context", errors);
  if (!c.rows.empty()) l.rows = eval::rows_from_jsonl(c.rows, mesh.products[l.product], errors);
  for (const auto& e : errors) INFO(e);
  REQUIRE(errors.empty());
}

std::vector<std::vector<std::optional<Scalar>>> optional_values(const eval::Plan& plan, const std::vector<std::vector<Scalar>>& values) {
  std::vector<std::vector<std::optional<Scalar>>> out;
  for (const auto& row : values) {
    std::vector<std::optional<Scalar>> r;
    for (size_t c = 0; c < row.size(); ++c) {
      if (plan.columns[c].outcome == eval::ColumnOutcome::Denied) r.emplace_back(std::nullopt);
      else r.emplace_back(row[c]);
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::string by_sql(Database& db, const Loaded& l, const eval::Plan& plan, const stdlib::NativeContext& natives) {
  const Product& p = l.golden.mesh->products[l.product];
  sql::Dialect d = db.dialect();
  const std::string table = sql::quote_identifier("decide golden");
  db.exec("DROP TABLE IF EXISTS " + table);
  std::string ddl = "CREATE TABLE " + table + " (\"__row\" " + sql::sql_type(d, TypeKind::Int);
  for (const Column& c : p.columns) ddl += ", " + sql::quote_identifier(c.name) + " " + sql::sql_type(d, c.type.kind);
  db.exec(ddl + ")");
  for (size_t r = 0; r < l.rows.size(); ++r) {
    std::string ins = "INSERT INTO " + table + " VALUES (" + std::to_string(r);
    for (const Scalar& v : l.rows[r]) ins += ", " + sql::literal(d, v);
    db.exec(ins + ")");
  }
  sql::SqlPlan sp = sql::emit_plan(plan, d, natives);
  std::string select = "SELECT \"__row\"";
  for (const auto& c : sp.columns) select += ", " + c.expression;
  auto got = db.query(select + " FROM " + table + " WHERE " + sp.row_filter + " ORDER BY \"__row\"");
  std::vector<size_t> visible;
  std::vector<std::vector<std::optional<Scalar>>> values;
  for (const auto& g : got) {
    size_t r = std::stoul(*g[0]);
    visible.push_back(r);
    std::vector<std::optional<Scalar>> row;
    for (size_t c = 0; c < plan.columns.size(); ++c) {
      if (plan.columns[c].outcome == eval::ColumnOutcome::Denied) {
        row.emplace_back(std::nullopt);
        continue;
      }
      // The cell as the interpreter's value would print, or its own text when they differ.
      Scalar want = eval::column_value(plan, plan.columns[c], l.rows[r], natives);
      row.emplace_back(same(g[c + 1], want) ? want : Scalar{std::string("SQL gave ") + show(g[c + 1])});
    }
    values.push_back(std::move(row));
  }
  return render(plan, visible, values);
}

}  // namespace

TEST_CASE("decision golden files: every backend prints the expected decision", "[golden][sql][postgres]") {
  const std::string root = std::string(CUSTOS_SOURCE_DIR) + "/tests/golden";
  auto files = list_files(root + "/decide", ".decide");
  REQUIRE(files.size() >= 20);
  Sqlite sqlite;
  Postgres postgres;
  stdlib::NativeContext natives = test_natives();
  for (const auto& path : files) {
    GoldenFile g = read_golden(path, root);
    INFO(g.relative);
    Case c = parse_case(g.input);
    Loaded l;
    load(g, c, l);
    // The interpreter writes the expectation; everything else must print the same.
    eval::Plan plan = eval::make_plan(*l.set, l.product, l.principal, l.context, {}, natives);
    CHECK(eval::verify_residuals(plan, *l.set->mesh).empty());
    std::vector<size_t> visible;
    std::vector<std::vector<std::optional<Scalar>>> values;
    for (size_t r = 0; r < l.rows.size(); ++r) {
      if (!eval::row_visible(plan, l.rows[r], natives)) continue;
      visible.push_back(r);
      std::vector<std::optional<Scalar>> row;
      for (const auto& col : plan.columns) {
        if (col.outcome == eval::ColumnOutcome::Denied) row.emplace_back(std::nullopt);
        else row.emplace_back(eval::column_value(plan, col, l.rows[r], natives));
      }
      values.push_back(std::move(row));
    }
    const std::string interpreter = render(plan, visible, values);
    std::string diff;
    CHECK(check_golden(g, interpreter, diff));
    INFO(diff);

    // The independent oracle.
    auto spec = spec_decide(*l.set, l.product, l.principal, l.context, l.rows, natives.hash_key);
    std::vector<size_t> spec_visible;
    for (size_t r = 0; r < spec.visible.size(); ++r) {
      if (spec.visible[r]) spec_visible.push_back(r);
    }
    CHECK(spec.allowed == plan.allowed);
    CHECK(render(plan, spec_visible, spec.values) == interpreter);

    // The JIT, once its code is compiled.
    auto compiled = jit::CompiledPolicySet::start(*l.set, jit::Options{false, 2, 64});
    compiled->set_natives(natives);
    auto decider = jit::jit_decider(*compiled, *l.set);
    decider(l.product, l.principal, l.context, {}, l.rows);
    compiled->wait();
    eval::RowsDecision jd = decider(l.product, l.principal, l.context, {}, l.rows);
    INFO("JIT engine: " << jd.engine);
    CHECK(render(jd.plan, jd.visible, optional_values(jd.plan, jd.values)) == interpreter);

    CHECK(by_sql(sqlite, l, plan, natives) == interpreter);
    if (c.not_postgres.empty()) CHECK(by_sql(postgres, l, plan, natives) == interpreter);
  }
}
