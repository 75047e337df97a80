// The operator table: every operator of the language and every stdlib string and time function,
// applied to columns of the golden mesh's `sales.orders` holding edge values, inside predicates
// that observe their value, sign and null/error-ness. tests/sql/test_operator_table.cpp runs it on
// every backend; tests/sql/trino_corpus.cpp parses its Trino rendering with Trino's grammar.
#pragma once

#include <string>
#include <vector>

#include "decision_inputs.h"

namespace custos::testing {

// Rows of sales.orders holding edge values: null, 0, -1, INT64_MIN/MAX, 2^53 + 1, floats near 2^53
// and 2^63, 1e308, NaN (PostgreSQL only), empty, U+0000 (not PostgreSQL) and astral strings, dates
// at both ends of the calendar.
std::vector<eval::Row> operator_edge_rows(bool postgres);
// The `rows where` predicates, one per operator, operand and edge constant.
std::vector<std::string> operator_predicates();
// The policy file for one predicate: a permit whose rows are the predicate's, beside one that
// never holds but mentions every function of the stdlib modules it imports.
std::string operator_policy(const std::string& predicate);
// The principal and context the table is decided for.
eval::Attributes operator_principal();
eval::Attributes operator_context();

}  // namespace custos::testing
