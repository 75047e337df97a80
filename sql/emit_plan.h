// A decision's plan as SQL: the row filter as one boolean expression and one expression per
// column (the column, its mask, or NULL when denied), principal and context folded in.
#pragma once

#include <string>
#include <vector>

#include "dialect.h"
#include "plan.h"

namespace custos::sql {

struct SqlColumn {
  std::string name;
  eval::ColumnOutcome outcome = eval::ColumnOutcome::Clear;
  std::string mask;        // the strongest mask that can apply, when masked
  std::string expression;  // SQL for the column's value
  std::vector<std::string> rules;
};

struct SqlPlan {
  Dialect dialect = Dialect::Postgres;
  std::string product;
  bool allowed = false;
  std::vector<std::string> access_rules;
  std::string row_filter;  // SQL boolean; rows where it is true are visible
  std::vector<std::string> row_rules;
  std::vector<SqlColumn> columns;
};

// Throws Unsupported when something in the plan has no exact rendering in the dialect.
SqlPlan emit_plan(const eval::Plan& plan, Dialect dialect, const stdlib::NativeContext& natives);
// SELECT <columns AS names> FROM <table> WHERE <filter>
std::string select_statement(const SqlPlan& plan, const std::string& table_sql);
// What `custos sql` prints: comments naming the decision (access, row filter, each masked or
// denied column and the rules behind it; every name rendered by line_comment, so nothing in it
// can end a comment early), then the SELECT and its `;`.
std::string decision_script(const SqlPlan& plan, const std::string& table_sql);
// The default table reference for a product: "domain"."name" (SQLite: "domain_name").
std::string default_table(const Product& product, Dialect dialect);

}  // namespace custos::sql
