// The PostgreSQL deployment script: attribute tables, row-level security and governed views.
// Every rule's stage-1 decision (does it hold?) becomes SQL over the attribute tables, with the
// semantics of evaluator/plan.cpp: permits hold only when proven, restrictions unless disproven.
#include "deploy_postgres.h"

#include <algorithm>
#include <array>
#include <set>

#include "emit_expr.h"
#include "plan.h"
#include "support/names.h"
#include "support/suggest.h"

namespace custos::sql {

namespace {

constexpr Dialect kPg = Dialect::Postgres;

// PostgreSQL truncates longer identifiers (NAMEDATALEN - 1): two names could become one.
constexpr size_t kMaxIdentifierBytes = 63;

std::string q(const std::string& name) {
  if (name.size() > kMaxIdentifierBytes) {
    throw DeployError("`" + printable(name) + "` is longer than PostgreSQL's " + std::to_string(kMaxIdentifierBytes) +
                      "-byte identifiers (it would be truncated): shorten it, or map the product with --table");
  }
  return quote_identifier(name);
}
// A string literal that reads the same whatever `standard_conforming_strings` says.
std::string qs(std::string_view text) { return quote_string(kPg, text); }
std::string pg(std::string_view fn) { return builtin(kPg, fn); }

std::string join(const std::vector<std::string>& xs, const std::string& sep) {
  std::string s;
  for (size_t i = 0; i < xs.size(); ++i) s += (i ? sep : "") + xs[i];
  return s;
}

std::string any(const std::vector<std::string>& xs) { return xs.empty() ? "FALSE" : "(" + join(xs, " OR ") + ")"; }
std::string all(const std::vector<std::string>& xs) { return xs.empty() ? "TRUE" : "(" + join(xs, " AND ") + ")"; }

// A dollar-quoted body whose tag does not occur in it.
std::string dollar_quote(const std::string& body) {
  std::string tag = "$custos$";
  for (int i = 0; body.find(tag) != std::string::npos; ++i) tag = "$custos" + std::to_string(i) + "$";
  return tag + body + tag;
}

// The SQL type of an attribute column, and how format_type() spells it (to verify an existing table).
struct AttributeType {
  std::string sql;
  std::string formatted;
};

std::string formatted_scalar(TypeKind k) {
  switch (k) {
    case TypeKind::Bool: return "boolean";
    case TypeKind::Int: return "bigint";
    case TypeKind::Float: return "double precision";
    case TypeKind::Date: return "date";
    case TypeKind::Timestamp: return "timestamp without time zone";
    case TypeKind::String:
    case TypeKind::Enum: return "text";
    default: return "";
  }
}

AttributeType attribute_type(const Attribute& a, const char* scope) {
  const Type& t = a.type;
  TypeKind k = t.is_collection() ? t.elem : t.kind;
  std::string formatted = formatted_scalar(k);
  if (formatted.empty()) {
    throw Unsupported(std::string(scope) + " attribute `" + a.name + "` has type `" + to_string(t) +
                      "`, which has no PostgreSQL form yet");
  }
  std::string sql = sql_type(kPg, k);
  if (t.is_collection()) return {sql + "[]", formatted + "[]"};
  return {sql, formatted};
}

// CHECK constraints an attribute column needs: enum values, no null elements in collections.
std::string attribute_check(const Attribute& a) {
  const Type& t = a.type;
  std::vector<std::string> parts;
  std::string col = q(a.name);
  std::vector<std::string> values;
  if (t.enum_values) {
    for (const auto& v : *t.enum_values) values.push_back(qs(v));
  }
  if (t.is_collection()) {
    parts.push_back(pg("array_position") + "(" + col + ", NULL) IS NULL");
    if (!values.empty()) parts.push_back(col + " <@ ARRAY[" + join(values, ", ") + "]::text[]");
  } else if (!values.empty()) {
    parts.push_back(col + " IN (" + join(values, ", ") + ")");
  }
  return join(parts, " AND ");
}

// The stored column types whose cast to the contract's type can never fail (so a hidden row's
// value never reaches an error message), as a regular expression over format_type(); empty for
// columns read without a cast.
std::string storable_types(TypeKind k) {
  const char* n = "([(][0-9]+[)])?";
  switch (k) {
    case TypeKind::String:
    case TypeKind::Enum: return std::string("^(text|character varying") + n + "|character" + n + ")$";
    case TypeKind::Int: return "^(smallint|integer|bigint)$";
    // numeric(p, s) with p <= 308 always fits a double; unconstrained numeric may not.
    case TypeKind::Float: return "^(real|double precision|smallint|integer|bigint|numeric[(]([0-9]{1,2}|[12][0-9]{2}|30[0-8]),[0-9]+[)])$";
    case TypeKind::Bool: return "^boolean$";
    case TypeKind::Date: return "^date$";
    case TypeKind::Timestamp: return std::string("^timestamp") + n + " without time zone$";
    default: return "";
  }
}

std::string role_list(const std::vector<std::string>& roles) {
  std::vector<std::string> out;
  for (const auto& r : roles) out.push_back(r == "PUBLIC" ? "PUBLIC" : q(r));
  return join(out, ", ");
}

// "schema.table" -> {schema, table}.
std::pair<std::string, std::string> split_table(const std::string& spec, const std::string& product) {
  auto dot = spec.find('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == spec.size() || spec.find('.', dot + 1) != std::string::npos) {
    throw DeployError("the table for `" + product + "` must be written SCHEMA.TABLE, not `" + spec + "`");
  }
  return {spec.substr(0, dot), spec.substr(dot + 1)};
}

// One rule's stage-1 decision for a product, as a SQL boolean that is never NULL.
class RuleSql {
 public:
  explicit RuleSql(const ExprEmitter& emitter) : e_(emitter) {}

  // Whether it holds is the decision core's; each condition becomes `(c) IS TRUE` or `IS FALSE`.
  std::string holds(const ir::Rule& r) const {
    auto is = [&](const ir::Expr& c, bool want) { return "(" + e_.predicate(c) + ") IS " + (want ? "TRUE" : "FALSE"); };
    auto negate = [](const std::string& x) { return x == "FALSE" ? std::string("TRUE") : "NOT " + x; };
    return eval::compose_rule_holds<std::string>(r, is, any, all, negate);
  }

  // The `rows where` predicates (anded); three-valued.
  std::string rows(const ir::Rule& r) const {
    std::vector<std::string> parts;
    for (const auto& p : r.rows) parts.push_back(e_.predicate(*p));
    return parts.size() == 1 ? parts[0] : all(parts);
  }

 private:
  const ExprEmitter& e_;
};

struct ProductSql {
  std::string access;      // never NULL
  std::string why_denied;  // text, when access is false
  std::string row_filter;  // never NULL
  std::vector<std::string> columns;
  // When a break-glass permit may grant access: whether one holds, and the ids of those that do
  // (text). Empty when the product has none.
  std::string break_glass_holds, break_glass_rules;
};

ProductSql product_sql(const ir::PolicySet& set, size_t index, const ExprEmitter& emitter) {
  const Product& product = set.mesh->products.at(index);
  const ir::ProductRules& rules = set.rules_for(index);
  RuleSql rule_sql(emitter);
  ProductSql out;
  // Names the rule when its SQL cannot be written.
  auto for_rule = [](const ir::RuleRef& ref, auto&& fn) {
    try {
      fn();
    } catch (const Unsupported& e) {
      throw Unsupported("rule `" + ref.rule->id + "`: " + e.what());
    }
  };

  const auto order = ir::rules_in_order(rules);
  // Each rule's stage-1 state as SQL, written once per rule (the compositions below are the
  // decision core's).
  std::vector<std::string> holds_sql(order.size());
  for (size_t i = 0; i < order.size(); ++i) for_rule(*order[i], [&] { holds_sql[i] = rule_sql.holds(*order[i]->rule); });
  auto holds = [&](size_t i) { return holds_sql[i]; };
  auto negate = [](const std::string& x) { return "NOT " + x; };

  const eval::AccessParts access = eval::access_parts(rules);
  out.access = eval::compose_access<std::string>(access, holds, any, all, negate);
  std::vector<std::string> blocker_names;
  for (size_t i : access.blockers) blocker_names.push_back("CASE WHEN " + holds_sql[i] + " THEN " + qs(order[i]->rule->id) + " END");
  std::vector<std::string> permits, glass, glass_names;
  for (size_t i : access.permits) permits.push_back(holds_sql[i]);
  // The core's break-glass permits; a rule's per-column copies share its id, named once.
  std::vector<std::pair<std::string, std::vector<std::string>>> glass_by_id;
  for (size_t i : access.break_glass) {
    glass.push_back(holds_sql[i]);
    const std::string& id = order[i]->rule->id;
    auto it = std::find_if(glass_by_id.begin(), glass_by_id.end(), [&](const auto& g) { return g.first == id; });
    if (it == glass_by_id.end()) it = glass_by_id.insert(glass_by_id.end(), {id, {}});
    it->second.push_back(holds_sql[i]);
  }
  for (const auto& [id, holding] : glass_by_id) glass_names.push_back("CASE WHEN " + (holding.size() == 1 ? holding[0] : any(holding)) + " THEN " + qs(id) + " END");
  if (!glass.empty()) {
    out.break_glass_holds = any(glass);
    out.break_glass_rules = pg("concat_ws") + "(', ', " + join(glass_names, ", ") + ")";
  }
  // The words of eval::access_why, computed in the database: which blockers hold is known there.
  using W = eval::AccessWords;
  const std::string held = pg("concat_ws") + "(" + qs(W::separator) + ", " + (blocker_names.empty() ? std::string("NULL") : join(blocker_names, ", ")) + ")";
  out.why_denied = "CASE WHEN " + held + " = '' THEN " + qs(W::default_deny) + " ELSE " + qs(W::forbidden_by) + " || " + held +
                   " || CASE WHEN " + any(permits) + " THEN '' ELSE " + qs(W::and_no_permit) + " END END";
  // A row is visible only where the core's filter is true (three-valued in SQL, so COALESCE).
  auto term = [&](const eval::FilterPart& part) {
    const ir::Rule& r = *order[part.rule]->rule;
    std::string t = holds_sql[part.rule];
    for_rule(*order[part.rule], [&] {
      if (!r.rows.empty()) t = "(" + t + " AND " + rule_sql.rows(r) + ")";
    });
    return t;
  };
  out.row_filter = "COALESCE(" + eval::compose_row_filter<std::string>(eval::filter_parts(rules), term, any, all, negate) + ", FALSE)";

  for (size_t c = 0; c < product.columns.size(); ++c) {
    const Column& col = product.columns[c];
    const std::string value = emitter.column(c);
    const eval::ColumnRules on_column = eval::column_rules(order, col.name);
    std::string denied = eval::compose_column_denied<std::string>(on_column, holds, any, all);
    // Every mask that may apply, in the core's order (statically, a mask with `rows where` depends
    // on the row); the first that applies masks the value.
    std::vector<std::string> masks;
    auto by_row = [&](size_t i) { return !order[i]->rule->rows.empty(); };
    for (size_t i : eval::mask_order(order, on_column.masks, by_row)) {
      for_rule(*order[i], [&] {
        const ir::Rule& r = *order[i]->rule;
        std::string when = holds_sql[i];
        // A row-dependent mask applies where its predicate is not false (fail closed).
        if (by_row(i)) when = "(" + when + " AND (" + rule_sql.rows(r) + ") IS NOT FALSE)";
        std::vector<Scalar> args{Scalar{Null{}}};
        args.insert(args.end(), r.mask_args.begin(), r.mask_args.end());
        masks.push_back("\n      WHEN " + when + " THEN " + emitter.mask(*r.mask, args, value, col.type.kind));
      });
    }
    const bool no_denies = on_column.denies.empty() && on_column.unorderable.empty();
    if (no_denies && masks.empty()) {
      out.columns.push_back(value + " AS " + q(col.name));
      continue;
    }
    std::string expr = "CASE";
    if (!no_denies) expr += "\n      WHEN " + denied + " THEN " + null_of(kPg, col.type.kind);
    for (const auto& m : masks) expr += m;
    expr += "\n      ELSE " + value + " END";
    out.columns.push_back(expr + " AS " + q(col.name));
  }
  return out;
}

void attribute_table(std::string& s, const std::string& schema, const std::string& table, const std::string& view,
                     const std::vector<Attribute>& attrs, const char* scope, const std::string& skip,
                     const PostgresDeployment& o) {
  const std::string t = q(schema) + "." + q(table);
  const std::string v = q(schema) + "." + q(view);
  s += "\n" + line_comment(std::string(scope) + " attributes: one row per database role, written by the governance pipeline only.");
  s += "CREATE TABLE IF NOT EXISTS " + t + " (role_name text PRIMARY KEY);\n";
  std::vector<std::string> add, drop, checks, expected;
  for (const Attribute& a : attrs) {
    if (a.name == skip) continue;
    AttributeType type = attribute_type(a, scope);
    add.push_back("ADD COLUMN IF NOT EXISTS " + q(a.name) + " " + type.sql);
    const std::string constraint = q("custos_" + a.name + "_values");
    drop.push_back("DROP CONSTRAINT IF EXISTS " + constraint);
    if (std::string check = attribute_check(a); !check.empty()) {
      checks.push_back("ADD CONSTRAINT " + constraint + " CHECK (" + check + ")");
    }
    expected.push_back("(" + qs(a.name) + ", " + qs(type.formatted) + ", " + qs(to_string(a.type)) + ")");
  }
  if (!add.empty()) {
    s += "ALTER TABLE " + t + "\n  " + join(add, ",\n  ") + ";\n";
    s += "ALTER TABLE " + t + "\n  " + join(drop, ",\n  ") + ";\n";
    // A column made by an earlier deployment may have another type: refuse rather than guess.
    s += "DO " + dollar_quote("\nDECLARE\n  wrong text;\nBEGIN\n"
                              "  SELECT string_agg(format('%s is %s, not %s (custos.yaml: " + std::string(scope) +
                              ".%s: %s)', w.name, format_type(a.atttypid, a.atttypmod), w.want, w.name, w.declared), '; ')\n"
                              "    INTO wrong\n    FROM (VALUES " + join(expected, ", ") + ") AS w(name, want, declared)\n"
                              "    JOIN pg_attribute a ON a.attrelid = " + qs(t) + "::regclass AND a.attname = w.name\n"
                              "   WHERE format_type(a.atttypid, a.atttypmod) <> w.want;\n"
                              "  IF wrong IS NOT NULL THEN\n    RAISE EXCEPTION 'custos: %: %', " + qs(t) + ", wrong\n"
                              "      USING HINT = " + qs("change the column's type (DROP VIEW " + v + " CASCADE; ALTER TABLE " + t +
                                                                " ALTER COLUMN ... TYPE ...) and run the script again") + ";\n"
                              "  END IF;\nEND\n") + ";\n";
    if (!checks.empty()) s += "ALTER TABLE " + t + "\n  " + join(checks, ",\n  ") + ";\n";
  }
  s += "REVOKE ALL ON TABLE " + t + " FROM PUBLIC;\n";
  s += "DROP VIEW IF EXISTS " + v + ";\n";
  // security_barrier: no function in a querying role's WHERE clause sees other roles' rows.
  s += "CREATE VIEW " + v + " WITH (security_barrier) AS SELECT * FROM " + t + " WHERE role_name = current_user;\n";
  s += "REVOKE ALL ON TABLE " + v + " FROM PUBLIC;\n";
  s += "GRANT SELECT ON TABLE " + v + " TO " + q(o.enforcer) + ", " + role_list(o.grantees) + ";\n";
}

}  // namespace

std::string governed_view(const PostgresDeployment& o, const Product& p) {
  return q(o.view_schema) + "." + q(p.domain + "_" + p.name);
}

std::string compile_postgres(const ir::PolicySet& set, const PostgresDeployment& o) {
  const Mesh& mesh = *set.mesh;
  // Options first.
  if (o.schema.empty() || o.view_schema.empty() || o.enforcer.empty()) throw DeployError("schema, view schema and enforcer role must be named");
  if (o.schema == o.view_schema) throw DeployError("the view schema must differ from Custos' own schema `" + o.schema + "`");
  if (o.grantees.empty()) throw DeployError("at least one role must be allowed to query the governed views");
  for (const auto& g : o.grantees) {
    if (g.empty()) throw DeployError("a grantee role name is empty");
    if (g == o.enforcer) throw DeployError("the enforcer role `" + g + "` cannot also be a grantee");
  }
  if (!o.clock.empty()) {
    const Attribute* a = mesh.config.find_context(o.clock);
    if (!a) throw DeployError("--clock names `" + o.clock + "`, which is not a context attribute of custos.yaml");
    if (a->type.kind != TypeKind::Timestamp) {
      throw DeployError("--clock names context." + o.clock + ", which is a " + to_string(a->type) + ", not a timestamp");
    }
  }
  std::vector<size_t> chosen;
  if (o.products.empty()) {
    for (size_t i = 0; i < mesh.products.size(); ++i) chosen.push_back(i);
  } else {
    for (const auto& name : o.products) {
      const Product* p = mesh.find_product(name);
      if (!p) {
        std::string hint = did_you_mean(name, mesh.product_names());
        throw DeployError("no product `" + name + "` in the mesh" + (hint.empty() ? "" : "; " + hint));
      }
      size_t i = static_cast<size_t>(p - mesh.products.data());
      if (std::find(chosen.begin(), chosen.end(), i) == chosen.end()) chosen.push_back(i);
    }
  }
  for (const auto& [name, table] : o.tables) {
    const Product* p = mesh.find_product(name);
    if (!p) throw DeployError("--table names `" + name + "`, which is not a product of the mesh");
    if (std::find(chosen.begin(), chosen.end(), static_cast<size_t>(p - mesh.products.data())) == chosen.end()) {
      throw DeployError("--table names `" + name + "`, which is not among the products deployed");
    }
  }
  std::set<std::string> views;
  for (size_t i : chosen) {
    if (!views.insert(governed_view(o, mesh.products[i])).second) {
      throw DeployError("two products would share the view " + governed_view(o, mesh.products[i]));
    }
  }

  const std::string S = q(o.schema);
  const std::string enforcer = q(o.enforcer);
  const std::string grantees = role_list(o.grantees);
  EmitOptions emit;
  emit.cast_columns = true;
  emit.attribute = [&](bool principal, const std::string& name) -> std::string {
    if (!principal && name == o.clock) return "(pg_catalog.statement_timestamp() AT TIME ZONE 'UTC')";
    // Qualified, so that an attribute missing from the table is an error, never a column of the row.
    return principal ? "(SELECT p." + q(name) + " FROM " + S + ".current_principal p)"
                     : "(SELECT c." + q(name) + " FROM " + S + ".current_context c)";
  };
  emit.hash = [&](const std::string& v) {
    // HMAC-SHA-256 with the key's pads read from a table only the enforcer can read: the key
    // is in neither the view's definition nor a function a querying role could call.
    auto pad = [&](const char* which) { return "(SELECT value FROM " + S + ".secrets WHERE name = '" + which + "')"; };
    return pg("encode") + "(" + pg("sha256") + "(" + pad("hash_opad") + " || " + pg("sha256") + "(" + pad("hash_ipad") + " || " +
           pg("convert_to") + "(" + v + ", 'UTF8'))), 'hex')";
  };
  if (o.hash_key.empty()) {
    if (const ir::Rule* rule = ir::first_keyed_rule(set)) {
      throw DeployError("rule `" + rule->id + "` masks with `hash`, and no hash key was given (there is no default key)");
    }
  }
  stdlib::NativeContext natives;
  natives.hash_key = o.hash_key;

  std::string s;
  s += line_comment("Custos: native enforcement in PostgreSQL of mesh `" + mesh.config.name + "`" +
                    (o.revision.empty() ? "" : ", revision " + o.revision) + ", " + std::to_string(chosen.size()) + " product" +
                    (chosen.size() == 1 ? "" : "s") + ".");
  s += "-- Generated by `custos compile --target postgres`. Run it as a superuser, for example\n";
  s += "--   psql -v ON_ERROR_STOP=1 -f THIS_FILE\n";
  s += "-- It runs in one transaction; running a newer script replaces this deployment in place.\n";
  s += "-- It holds the pads of the `hash` mask's key: keep it as secret as the key.\n";
  s += "BEGIN;\nSET LOCAL client_min_messages = warning;\n";
  // Every name below binds to the system catalog, never to an object a database role created
  // (a `public.convert_to` or a `pg_temp` table): views, policies and checks keep these bindings.
  s += "SET LOCAL search_path = pg_catalog, pg_temp;\n";
  s += "\n-- The enforcer owns the governed views; row-level security applies to it, and only to it.\n";
  s += "DO " + dollar_quote("\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = " + qs(o.enforcer) +
                        ") THEN\n    CREATE ROLE " + enforcer + " NOLOGIN;\n  END IF;\nEND\n") + ";\n";
  s += "ALTER ROLE " + enforcer + " NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;\n";
  s += "CREATE SCHEMA IF NOT EXISTS " + S + ";\n";
  s += "REVOKE ALL ON SCHEMA " + S + " FROM PUBLIC;\n";
  s += "GRANT USAGE ON SCHEMA " + S + " TO " + enforcer + ", " + grantees + ";\n";

  s += "\n-- The deployment this script replaces: its views and policies go first.\n";
  s += "CREATE TABLE IF NOT EXISTS " + S + ".deployment (product text PRIMARY KEY, table_sql text NOT NULL, view_sql text NOT NULL, "
       "mesh text NOT NULL, revision text, deployed_at timestamptz NOT NULL DEFAULT now());\n";
  s += "REVOKE ALL ON TABLE " + S + ".deployment FROM PUBLIC;\n";
  s += "DO " + dollar_quote("\nDECLARE\n  r record;\nBEGIN\n  FOR r IN SELECT * FROM " + S + ".deployment LOOP\n" +
                        "    EXECUTE 'DROP VIEW IF EXISTS ' || r.view_sql;\n" +
                        "    IF to_regclass(r.table_sql) IS NOT NULL THEN\n" +
                        "      EXECUTE 'DROP POLICY IF EXISTS custos_grant ON ' || r.table_sql;\n" +
                        "      EXECUTE 'DROP POLICY IF EXISTS custos_filter ON ' || r.table_sql;\n" +
                        "    END IF;\n  END LOOP;\n  DELETE FROM " + S + ".deployment;\nEND\n") + ";\n";

  attribute_table(s, o.schema, "principal_attributes", "current_principal", mesh.config.principal, "principal", "", o);
  attribute_table(s, o.schema, "context_attributes", "current_context", mesh.config.context, "context", o.clock, o);

  s += "\n-- The `hash` mask's key, as HMAC-SHA-256 pads (RFC 2104); only the enforcer reads them.\n";
  s += "CREATE TABLE IF NOT EXISTS " + S + ".secrets (name text PRIMARY KEY, value bytea NOT NULL);\n";
  s += "REVOKE ALL ON TABLE " + S + ".secrets FROM PUBLIC;\n";
  s += "GRANT SELECT ON TABLE " + S + ".secrets TO " + enforcer + ";\n";
  if (!o.hash_key.empty()) {
    std::array<unsigned char, 64> block = stdlib::hmac_key_block(o.hash_key);
    std::string ipad, opad;
    static const char* digits = "0123456789abcdef";
    for (unsigned char b : block) {
      unsigned char i = static_cast<unsigned char>(b ^ 0x36), x = static_cast<unsigned char>(b ^ 0x5c);
      ipad += {digits[i >> 4], digits[i & 15]};
      opad += {digits[x >> 4], digits[x & 15]};
    }
    s += "INSERT INTO " + S + ".secrets VALUES ('hash_ipad', " + pg("decode") + "('" + ipad + "', 'hex')), ('hash_opad', " +
         pg("decode") + "('" + opad + "', 'hex'))\n  ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value;\n";
  }
  s += "\n-- Refusing a role without access to a product: SQLSTATE 42501 with the reason.\n";
  s += "CREATE OR REPLACE FUNCTION " + S + ".refuse(product text, why text) RETURNS boolean\n" +
       "  LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS " +
       dollar_quote("\nBEGIN\n  RAISE EXCEPTION 'custos: role % may not read %: %', current_user, product, why\n"
                    "    USING ERRCODE = 'insufficient_privilege',\n"
                    "          HINT = 'access is decided by the Custos policies; `custos explain` shows why for a principal';\nEND\n") +
       ";\n";
  // Break-glass access leaves a record: one row per statement, product and querying role, written
  // by a function only the deployment owns (readers cannot write the log, nor skip it: the view
  // calls it before a row is returned). `role_name` is the querying role as the view sees it;
  // `session_role` is the login that ran the statement, which no caller can choose, so a record
  // written by calling the function directly still names who wrote it. A read-only transaction cannot write it, so the query fails
  // there rather than read unlogged.
  s += "\n-- Break-glass access: every statement it lets through is recorded with its justification.\n";
  s += "CREATE TABLE IF NOT EXISTS " + S + ".break_glass_log (logged_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(), "
       "statement_at timestamptz NOT NULL, role_name text NOT NULL, session_role text NOT NULL, product text NOT NULL, rules text NOT NULL, "
       "justification text, backend_pid integer NOT NULL, UNIQUE (backend_pid, statement_at, product));\n";
  s += "REVOKE ALL ON TABLE " + S + ".break_glass_log FROM PUBLIC;\n";
  // The view's condition must stay free of volatile functions, so that PostgreSQL evaluates it
  // once, before reading a row (a refusal then raises even on an empty table): `break_glass` is
  // STABLE, and calls the VOLATILE function that writes.
  s += "CREATE OR REPLACE FUNCTION " + S + ".break_glass_record(role_name text, product text, rules text, justification text) RETURNS void\n" +
       "  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS " +
       dollar_quote("\nBEGIN\n"
                    "  INSERT INTO " + S + ".break_glass_log (statement_at, role_name, session_role, product, rules, justification, backend_pid)\n"
                    "    VALUES (pg_catalog.statement_timestamp(), role_name, session_user, product, rules, justification, pg_catalog.pg_backend_pid())\n"
                    "    ON CONFLICT DO NOTHING;\nEND\n") +
       ";\n";
  s += "CREATE OR REPLACE FUNCTION " + S + ".break_glass(role_name text, product text, rules text, justification text) RETURNS boolean\n" +
       "  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS " +
       dollar_quote("\nBEGIN\n  PERFORM " + S + ".break_glass_record(role_name, product, rules, justification);\n  RETURN TRUE;\nEND\n") +
       ";\n";
  s += "REVOKE ALL ON FUNCTION " + S + ".break_glass_record(text, text, text, text) FROM PUBLIC;\n";
  s += "REVOKE ALL ON FUNCTION " + S + ".break_glass(text, text, text, text) FROM PUBLIC;\n";
  s += "GRANT EXECUTE ON FUNCTION " + S + ".break_glass(text, text, text, text) TO " + enforcer + ", " + grantees + ";\n";
  s += "\nCREATE SCHEMA IF NOT EXISTS " + q(o.view_schema) + ";\n";
  s += "GRANT USAGE ON SCHEMA " + q(o.view_schema) + " TO " + grantees + ";\n";

  for (size_t i : chosen) {
    const Product& p = mesh.products[i];
    auto mapped = o.tables.find(p.qualified());
    auto [table_schema, table_name] = mapped != o.tables.end() ? split_table(mapped->second, p.qualified())
                                                               : std::pair{p.domain, p.name};
    const std::string table = q(table_schema) + "." + q(table_name);
    const std::string view = governed_view(o, p);
    ExprEmitter emitter(kPg, p, natives, emit);
    ProductSql ps = product_sql(set, i, emitter);
    // Access a break-glass permit grants is logged before any row is returned.
    const std::string justification = mesh.config.find_context("justification") ? emit.attribute(false, "justification") : "NULL";
    const std::string glass_check = ps.break_glass_holds.empty()
                                        ? std::string("TRUE")
                                        : "CASE WHEN " + ps.break_glass_holds + " THEN " + S + ".break_glass(CAST(current_user AS text), " +
                                              qs(p.qualified()) + ", " + ps.break_glass_rules + ", " + justification + ") ELSE TRUE END";

    s += "\n" + line_comment(p.qualified() + ": table " + table + ", governed view " + view);
    std::vector<std::string> names, types;
    for (const auto& c : p.columns) {
      names.push_back(qs(c.name));
      if (std::string re = storable_types(c.type.kind); !re.empty()) {
        types.push_back("(" + qs(c.name) + ", " + qs(re) + ", " + qs(to_string(c.type)) + ")");
      }
    }
    std::string check = "\nDECLARE\n  missing text;\nBEGIN\n  IF to_regclass(" + qs(table) + ") IS NULL THEN\n" +
                        "    RAISE EXCEPTION 'custos: product % has no table %', " + qs(p.qualified()) + ", " +
                        qs(table) + "\n      USING HINT = " +
                        qs("create it, map the product to another table with --table " + p.qualified() +
                                     "=SCHEMA.TABLE, or leave it out with --product") +
                        ";\n  END IF;\n";
    if (!names.empty()) {
      check += "  SELECT string_agg(c, ', ') INTO missing FROM unnest(ARRAY[" + join(names, ", ") + "]) AS c\n" +
               "    WHERE NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = " + qs(table) +
               "::regclass AND attname = c AND attnum > 0 AND NOT attisdropped);\n" +
               "  IF missing IS NOT NULL THEN\n    RAISE EXCEPTION 'custos: table % lacks the columns % of the contract of %', " +
               qs(table) + ", missing, " + qs(p.qualified()) + ";\n  END IF;\n";
    }
    if (!types.empty()) {
      // Columns are read as CAST(column AS <contract type>): a cast that could fail would put a
      // hidden row's raw value into the error a querying role sees.
      check += "  SELECT string_agg(format('%s is %s, not %s', w.name, format_type(a.atttypid, a.atttypmod), w.declared), '; ')\n"
               "    INTO missing FROM (VALUES " + join(types, ", ") + ") AS w(name, pattern, declared)\n"
               "    JOIN pg_attribute a ON a.attrelid = " + qs(table) + "::regclass AND a.attname = w.name AND a.attnum > 0\n"
               "   WHERE NOT a.attisdropped AND format_type(a.atttypid, a.atttypmod) !~ w.pattern;\n"
               "  IF missing IS NOT NULL THEN\n    RAISE EXCEPTION 'custos: table % stores columns of % in types that do not match its contract: %', " +
               qs(table) + ", " + qs(p.qualified()) + ", missing\n      USING HINT = " +
               qs("store text as text/varchar, integers as smallint/integer/bigint, numbers as those, real, double precision or "
                  "numeric(p,s) with p <= 308, "
                  "timestamps without time zone; or map the product (--table) to a view that casts explicitly") +
               ";\n  END IF;\n";
    }
    s += "DO " + dollar_quote(check + "END\n") + ";\n";
    s += "GRANT USAGE ON SCHEMA " + q(table_schema) + " TO " + enforcer + ";\n";
    s += "GRANT SELECT ON TABLE " + table + " TO " + enforcer + ";\n";
    s += "ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY;\n";
    // A permissive policy lets the enforcer see rows at all; the restrictive one decides which,
    // so that no other permissive policy on the table can widen what Custos lets through.
    s += "CREATE POLICY custos_grant ON " + table + " AS PERMISSIVE FOR SELECT TO " + enforcer + " USING (TRUE);\n";
    s += "CREATE POLICY custos_filter ON " + table + " AS RESTRICTIVE FOR SELECT TO " + enforcer + " USING (\n  " +
         ps.access + "\n  AND " + ps.row_filter + ");\n";
    s += "CREATE VIEW " + view + " WITH (security_barrier) AS\nSELECT " + join(ps.columns, ",\n       ") + "\nFROM " + table +
         "\nWHERE CASE WHEN " + ps.access + " THEN " + glass_check + "\n      ELSE " + S + ".refuse(" + qs(p.qualified()) + ", " +
         ps.why_denied + ") END;\n";
    s += "ALTER VIEW " + view + " OWNER TO " + enforcer + ";\n";
    s += "REVOKE ALL ON TABLE " + view + " FROM PUBLIC;\n";
    s += "GRANT SELECT ON TABLE " + view + " TO " + grantees + ";\n";
    s += "COMMENT ON VIEW " + view + " IS " +
         qs("Custos: " + p.qualified() + " as the mesh's policies let the querying role see it") + ";\n";
    s += "INSERT INTO " + S + ".deployment (product, table_sql, view_sql, mesh, revision) VALUES (" + qs(p.qualified()) +
         ", " + qs(table) + ", " + qs(view) + ", " + qs(mesh.config.name) + ", " +
         (o.revision.empty() ? "NULL" : qs(o.revision)) + ");\n";
  }
  s += "\nCOMMIT;\n";
  return s;
}

}  // namespace custos::sql
