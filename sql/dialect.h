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
std::string quote_string(std::string_view text);

// The SQL type a value of `kind` has in the dialect. SQLite has no date types: dates are text
// `YYYY-MM-DD`, timestamps text `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC, always six fraction digits).
std::string sql_type(Dialect d, TypeKind kind);
// A typed NULL.
std::string null_of(Dialect d, TypeKind kind);
// A literal of the dialect for a scalar (typed: floats are always floating point).
std::string literal(Dialect d, const Scalar& v);
// A double literal that reads back as exactly `x` (finite).
std::string double_literal(Dialect d, double x);

}  // namespace custos::sql
