// The values written in policy tests (principal, context, rows), as runtime values. Shared by the
// test runner and the governance report.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "decision_inputs.h"

namespace custos::eval {

// A literal, a negated number, or a list/set of those; nullopt for anything else.
std::optional<Val> literal_value(const ast::Expr& e);
// Record fields converted to the declared attribute types (int -> float where declared).
Attributes attributes_from_record(const std::optional<ast::Record>& rec, const std::vector<Attribute>& decls);
Row row_from_record(const ast::Record& rec, const Product& p);
// The rows a test gives: inline records, or `rows from "file"` (CSV, or JSON lines for .jsonl)
// relative to the policy file at `policy_path`. Problems are appended to `errors`.
std::vector<Row> test_rows(const ast::Test& t, const Product& p, const std::string& policy_path, std::vector<std::string>& errors);

}  // namespace custos::eval
