#include "sql/deploy_helpers.h"

#include <catch2/catch.hpp>

#include "support/test_keys.h"

namespace custos::testing {

// Each test case deploys into its own schemas with its own roles: CTest runs them in parallel.
sql::PostgresDeployment deployment(const std::string& tag) {
  sql::PostgresDeployment o;
  o.schema = "custos_" + tag;
  o.view_schema = "governed " + tag;  // needs quoting
  o.enforcer = "custos_enforcer_" + tag;
  o.hash_key = kTestHashKey;
  return o;
}

std::string q(const std::string& s) { return sql::quote_identifier(s); }

// An attribute's value as the attribute table holds it: absent and erroneous values are NULL
// (both are errors for a required attribute, as the interpreter decides).
namespace {
std::string attribute_literal(const eval::Val* v, const Attribute& a) {
  if (!v || v->is_error()) {
    // An optional attribute with a wrong-typed value cannot be stored: the generator makes none.
    REQUIRE((!v || !a.optional));
    return "NULL";
  }
  if (v->kind == eval::Val::Kind::Collection) {
    std::string elem = sql::sql_type(sql::Dialect::Postgres, a.type.elem);
    std::string items;
    for (const auto& s : *v->items) items += (items.empty() ? "" : ", ") + sql::literal(sql::Dialect::Postgres, s);
    return items.empty() ? "CAST('{}' AS " + elem + "[])" : "CAST(ARRAY[" + items + "] AS " + elem + "[])";
  }
  return sql::literal(sql::Dialect::Postgres, v->scalar);
}

}  // namespace

// Writes one role's attribute rows (none when `present` is false).
void set_attributes(Postgres& db, const sql::PostgresDeployment& o, const Mesh& mesh, const std::string& role,
                    const eval::Attributes& principal, const eval::Attributes& context, bool present) {
  for (bool is_principal : {true, false}) {
    const std::string table = q(o.schema) + "." + (is_principal ? "principal_attributes" : "context_attributes");
    db.exec("DELETE FROM " + table + " WHERE role_name = " + sql::quote_string(role));
    if (!present) continue;
    std::string cols = "role_name", vals = sql::quote_string(role);
    const auto& attrs = is_principal ? mesh.config.principal : mesh.config.context;
    for (const Attribute& a : attrs) {
      if (!is_principal && a.name == o.clock) continue;
      cols += ", " + q(a.name);
      vals += ", " + attribute_literal((is_principal ? principal : context).find(a.name), a);
    }
    db.exec("INSERT INTO " + table + " (" + cols + ") VALUES (" + vals + ")");
  }
}

void create_role(Postgres& db, const std::string& role) {
  db.exec("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = " + sql::quote_string(role) +
          ") THEN CREATE ROLE " + q(role) + " NOLOGIN; END IF; END $$");
}

// Creates `schema.table` with the product's columns (the given SQL types) and fills it.
void load_table(Postgres& db, const std::string& table, const Product& p, const std::vector<eval::Row>& rows,
                const std::vector<std::string>& types) {
  db.exec("DROP TABLE IF EXISTS " + table + " CASCADE");
  std::string ddl;
  for (size_t c = 0; c < p.columns.size(); ++c) {
    ddl += (c ? ", " : "") + q(p.columns[c].name) + " " +
           (types.empty() ? sql::sql_type(sql::Dialect::Postgres, p.columns[c].type.kind) : types[c]);
  }
  db.exec("CREATE TABLE " + table + " (" + ddl + ")");
  if (rows.empty()) return;
  std::string values;
  for (const auto& row : rows) {
    std::string v;
    for (size_t c = 0; c < row.size(); ++c) v += (c ? ", " : "") + sql::literal(sql::Dialect::Postgres, row[c]);
    values += (values.empty() ? "(" : ", (") + v + ")";
  }
  db.exec("INSERT INTO " + table + " VALUES " + values);
}


}  // namespace custos::testing
