// SQL dialects the residual emitter targets, and how each spells identifiers, literals and types.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "model/type.h"
#include "value.h"

namespace custos::sql {

enum class Dialect : uint8_t { Postgres, Sqlite, Trino };
std::optional<Dialect> parse_dialect(std::string_view name);
const char* to_string(Dialect d);

// A construct with no exact rendering in a dialect: the command fails for that dialect, naming it.
struct Unsupported : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// "name" with embedded quotes doubled. Names with NUL bytes are refused.
std::string quote_identifier(std::string_view name);
// 'text' with embedded quotes doubled; no dialect-specific escapes, so nothing can break out.
// For PostgreSQL use the dialect overload: it reads the same whatever
// `standard_conforming_strings` is set to.
std::string quote_string(std::string_view text);
// PostgreSQL: text with a backslash becomes E'...' (backslashes doubled), which every setting of
// `standard_conforming_strings` reads alike; other dialects as quote_string(text).
std::string quote_string(Dialect d, std::string_view text);
// A `-- text` comment line (with its newline) that nothing in `text` can end early: line breaks
// and every other control or invisible character are written as escapes.
std::string line_comment(std::string_view text);
// A built-in function's name as a call should spell it: schema-qualified in PostgreSQL
// (`pg_catalog.lower`), so that no function a database role creates can be chosen instead.
std::string builtin(Dialect d, std::string_view name);

// The SQL type a value of `kind` has in the dialect. SQLite has no date types: dates are text
// `YYYY-MM-DD`, timestamps text `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC, always six fraction digits).
std::string sql_type(Dialect d, TypeKind kind);
// Two-valued tests of a three-valued SQL boolean `x` (never NULL): `x IS TRUE`, `x IS FALSE`,
// `x IS NOT FALSE`. Trino has no `IS [NOT] TRUE|FALSE` predicate: there they are COALESCE forms.
std::string is_true(Dialect d, const std::string& x);
std::string is_false(Dialect d, const std::string& x);
std::string is_not_false(Dialect d, const std::string& x);
// A typed NULL.
std::string null_of(Dialect d, TypeKind kind);
// A literal of the dialect for a scalar (typed: floats are always floating point).
std::string literal(Dialect d, const Scalar& v);
// A double literal that reads back as exactly `x` (finite).
std::string double_literal(Dialect d, double x);

}  // namespace custos::sql
