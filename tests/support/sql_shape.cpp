#include "support/sql_shape.h"

#include <cctype>
#include <stdexcept>

#include "decision_inputs.h"
#include "deploy_postgres.h"
#include "emit_plan.h"
#include "plan.h"
#include "support/golden_mesh.h"
#include "support/random_policy.h"

namespace custos::testing {

namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Skips a quoted run that starts at text[i] (the opening quote) and ends at `close`, where a
// doubled `close` stands for one; with `backslash`, a backslash escapes the next byte.
// Returns the index after the closing quote, or npos when unterminated.
size_t skip_quoted(std::string_view text, size_t i, char close, bool backslash) {
  for (size_t k = i + 1; k < text.size(); ++k) {
    if (backslash && text[k] == '\\') {
      ++k;
      continue;
    }
    if (text[k] == close) {
      if (k + 1 < text.size() && text[k + 1] == close) {
        ++k;
        continue;
      }
      return k + 1;
    }
  }
  return std::string_view::npos;
}

}  // namespace

SqlShape sql_shape(sql::Dialect d, std::string_view text) {
  SqlShape shape;
  std::string first;  // first word of the current statement
  bool in_statement = false;
  auto fail = [&](std::string why) {
    shape.error = std::move(why);
    return shape;
  };
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    // Comments: `--` to the end of the line (PostgreSQL ends it at \n or \r, SQLite and Trino at \n).
    if (c == '-' && i + 1 < text.size() && text[i + 1] == '-') {
      while (i < text.size() && text[i] != '\n' && !(d == sql::Dialect::Postgres && text[i] == '\r')) ++i;
      continue;
    }
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      int depth = 1;  // PostgreSQL nests block comments; the others end at the first `*/`
      i += 2;
      while (i < text.size() && depth > 0) {
        if (text[i] == '*' && i + 1 < text.size() && text[i + 1] == '/') {
          --depth;
          i += 2;
        } else if (d == sql::Dialect::Postgres && text[i] == '/' && i + 1 < text.size() && text[i + 1] == '*') {
          ++depth;
          i += 2;
        } else {
          ++i;
        }
      }
      if (depth > 0) return fail("unterminated block comment");
      continue;
    }
    if (c == ';') {
      if (in_statement) shape.statements.push_back(first);
      first.clear();
      in_statement = false;
      ++i;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    in_statement = true;
    size_t next = std::string_view::npos;
    if (c == '\'') {
      next = skip_quoted(text, i, '\'', false);
      if (next != std::string_view::npos && d == sql::Dialect::Postgres &&
          text.substr(i, next - i).find('\\') != std::string_view::npos) {
        return fail("a plain PostgreSQL string holds a backslash: " + std::string(text.substr(i, next - i)));
      }
    } else if (d == sql::Dialect::Postgres && (c == 'E' || c == 'e') && i + 1 < text.size() && text[i + 1] == '\'' &&
               (i == 0 || !word_char(text[i - 1]))) {
      next = skip_quoted(text, i + 1, '\'', true);
    } else if (c == '"') {
      next = skip_quoted(text, i, '"', false);
    } else if (d == sql::Dialect::Sqlite && c == '`') {
      next = skip_quoted(text, i, '`', false);
    } else if (d == sql::Dialect::Sqlite && c == '[') {
      size_t end = text.find(']', i);
      next = end == std::string_view::npos ? end : end + 1;
    } else if (d == sql::Dialect::Postgres && c == '$' && (i == 0 || !word_char(text[i - 1]))) {
      // $tag$ ... $tag$ (the tag: empty, or a letter or `_` then letters, digits, `_`).
      size_t k = i + 1;
      if (k < text.size() && (std::isalpha(static_cast<unsigned char>(text[k])) || text[k] == '_')) {
        while (k < text.size() && word_char(text[k])) ++k;
      }
      if (k < text.size() && text[k] == '$') {
        std::string_view tag = text.substr(i, k - i + 1);
        size_t end = text.find(tag, k + 1);
        if (end == std::string_view::npos) return fail("unterminated dollar quote " + std::string(tag));
        next = end + tag.size();
      } else {
        next = i + 1;  // a positional parameter or an operator
      }
    } else if (word_char(c)) {
      size_t k = i;
      while (k < text.size() && word_char(text[k])) ++k;
      if (first.empty()) {
        for (size_t x = i; x < k; ++x) first += static_cast<char>(std::toupper(static_cast<unsigned char>(text[x])));
      }
      next = k;
    } else {
      if (first.empty()) first = std::string(1, c);
      next = i + 1;
    }
    if (next == std::string_view::npos) return fail("unterminated quote starting at byte " + std::to_string(i));
    i = next;
  }
  if (in_statement) shape.statements.push_back(first);
  return shape;
}

namespace {

const char* kPolicy = R"(domain global;
import stdlib.masks as m;
@id("orders-for-staff")
permit select on sales.orders when "staff" in principal.roles rows where country == "DE" or amount > 10;
@id("emails-hashed")
mask column sales.orders.customer_email with m.hash unless principal.clearance >= 3;
@id("notes-redacted")
mask column sales.orders.notes with m.redact rows where amount > 100;
@id("amounts-for-eu")
mask column sales.orders.amount with m.nullify when principal.region == "US";
)";

struct Outputs {
  std::vector<std::pair<std::string, std::string>> texts;  // (what, SQL), with the dialect below
  std::vector<sql::Dialect> dialects;
  bool refused = false;  // the deployment refused a name (too long for PostgreSQL)
};

Outputs emit_all(const GoldenMesh& golden, const std::vector<std::string>* names) {
  Mesh mesh = *golden.mesh;
  ir::PolicySet set = lower_policy(mesh, kPolicy);
  Mesh& m = const_cast<Mesh&>(*set.mesh);
  const size_t orders = golden.index("sales.orders");
  std::string revision = "r1";
  if (names) {
    auto name = [&](size_t k) { return (*names)[k % names->size()]; };
    m.config.name = name(0);
    m.products[orders].domain = name(1);
    m.products[orders].name = name(2);
    for (auto& c : m.products[orders].columns) {
      if (c.name == "notes") c.name = name(3);
      if (c.name == "customer_email") c.name = name(4);
    }
    for (size_t r = 0; r < set.program.rules.size(); ++r) set.program.rules[r].id = name(5 + r);
    revision = name(9);
    m.reindex();
  }
  Outputs out;
  sql::PostgresDeployment o;
  o.products = {m.products[orders].qualified()};
  o.hash_key = "a key for the hostile-name check, 32+ bytes";
  o.revision = revision;
  try {
    out.texts.push_back({"deployment script", sql::compile_postgres(set, o)});
    out.dialects.push_back(sql::Dialect::Postgres);
  } catch (const sql::DeployError&) {
    out.refused = true;
  }
  std::vector<std::string> errors;
  auto principal = eval::attributes_from_json(R"({"id": "ana", "roles": ["staff"], "region": "EU", "clearance": 1})",
                                              m.config.principal, "principal", errors);
  auto context = eval::attributes_from_json(R"({"purposes": ["reporting"]})", m.config.context, "context", errors);
  if (!errors.empty()) throw std::runtime_error(errors.front());
  stdlib::NativeContext natives;
  natives.hash_key = o.hash_key;
  eval::Plan plan = eval::make_plan(set, orders, principal, context, {}, natives);
  for (sql::Dialect d : {sql::Dialect::Postgres, sql::Dialect::Sqlite, sql::Dialect::Trino}) {
    sql::SqlPlan sp = sql::emit_plan(plan, d, natives);
    out.texts.push_back({std::string("custos sql --dialect ") + sql::to_string(d),
                         sql::decision_script(sp, sql::default_table(m.products[orders], d))});
    out.dialects.push_back(d);
  }
  return out;
}

std::string show(const std::vector<std::string>& xs) {
  std::string s = "[";
  for (size_t i = 0; i < xs.size(); ++i) s += (i ? " " : "") + xs[i];
  return s + "]";
}

}  // namespace

std::string check_hostile_names(const std::vector<std::string>& names) {
  if (names.empty()) return "";
  static const GoldenMesh golden;
  static const Outputs plain = emit_all(golden, nullptr);
  Outputs hostile = emit_all(golden, &names);
  size_t skip = hostile.refused ? 1 : 0;  // no deployment script to compare
  for (size_t k = skip; k < plain.texts.size(); ++k) {
    const auto& [what, text] = hostile.texts[k - skip];
    sql::Dialect d = plain.dialects[k];
    SqlShape want = sql_shape(d, plain.texts[k].second), got = sql_shape(d, text);
    if (!want.error.empty()) return what + " with plain names: " + want.error;
    if (!got.error.empty()) return what + ": " + got.error + "\n" + text;
    if (got.statements != want.statements) {
      return what + ": statements " + show(got.statements) + ", expected " + show(want.statements) + "\n" + text;
    }
  }
  return "";
}

}  // namespace custos::testing
