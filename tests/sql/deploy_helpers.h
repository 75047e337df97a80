// Helpers for the tests that deploy `custos compile --target postgres` into the fixture's server:
// per-test schemas and roles, attribute rows, and product tables.
#pragma once

#include <string>
#include <vector>

#include "decision_inputs.h"
#include "deploy_postgres.h"
#include "sql/databases.h"

namespace custos::testing {

// Each test case deploys into its own schemas with its own roles: CTest runs them in parallel.
sql::PostgresDeployment deployment(const std::string& tag);
std::string q(const std::string& s);
// Writes one role's attribute rows (none when `present` is false).
void set_attributes(Postgres& db, const sql::PostgresDeployment& o, const Mesh& mesh, const std::string& role,
                    const eval::Attributes& principal, const eval::Attributes& context, bool present);
void create_role(Postgres& db, const std::string& role);
// Creates `schema.table` with the product's columns (the given SQL types) and fills it.
void load_table(Postgres& db, const std::string& table, const Product& p, const std::vector<eval::Row>& rows,
                const std::vector<std::string>& types = {});

}  // namespace custos::testing
