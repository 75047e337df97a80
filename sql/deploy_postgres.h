// `custos compile --target postgres`: the whole policy set as one SQL script with which
// PostgreSQL enforces the decisions by itself, without Custos at query time.
//
// What the script deploys (see docs/sql-targets.md for a worked deployment):
//  - `<schema>.principal_attributes` and `<schema>.context_attributes`: one typed column per
//    attribute declared in custos.yaml, one row per database role. The governance pipeline fills
//    them; querying roles cannot write them, so a principal's attributes come from the role it is
//    (`current_user`), never from anything it can set.
//  - per product, row-level security on its table (a restrictive policy: table access and the
//    row filter) and a governed view `<view_schema>.<domain>_<name>` that applies the column
//    outcomes (clear, masked, denied) and refuses a role without access with SQLSTATE 42501.
//    The view belongs to a NOLOGIN role (the enforcer), the only role the policies apply to.
// Re-running a newer script upgrades in place in one transaction: the previous deployment's
// views and policies are replaced, attribute rows are kept, new attributes become new columns.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "ir/policy_set.h"

namespace custos::sql {

struct PostgresDeployment {
  std::string schema = "custos";             // Custos' own tables, views and functions
  std::string view_schema = "governed";      // the governed views: <view_schema>.<domain>_<name>
  std::string enforcer = "custos_enforcer";  // owns the views; the row-level policies apply to it
  std::vector<std::string> grantees = {"PUBLIC"};  // roles that may select from the views
  std::vector<std::string> products;               // empty: every product of the mesh
  std::map<std::string, std::string> tables;       // product -> "schema.table" (default "domain"."name")
  std::string clock;      // a timestamp context attribute read as the statement's start time (UTC)
  std::string revision;   // recorded with the deployment
  // Key of the `hash` mask (no default; required when a mask is `hash`), kept as HMAC pads in a
  // table no querying role can read.
  std::string hash_key;
};

// A bad option (an unknown product, a clock that is not a timestamp context attribute, ...).
struct DeployError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The script. Throws DeployError for bad options and Unsupported (naming the rule) for what
// PostgreSQL cannot express exactly.
std::string compile_postgres(const ir::PolicySet& set, const PostgresDeployment& options);

// The view a product is governed through, quoted: "<view_schema>"."<domain>_<name>".
std::string governed_view(const PostgresDeployment& options, const Product& product);

}  // namespace custos::sql
