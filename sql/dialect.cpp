#include "dialect.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include "calendar.h"
#include "support/names.h"

namespace custos::sql {

std::optional<Dialect> parse_dialect(std::string_view name) {
  if (name == "postgres") return Dialect::Postgres;
  if (name == "sqlite") return Dialect::Sqlite;
  if (name == "trino") return Dialect::Trino;
  return std::nullopt;
}

const char* to_string(Dialect d) {
  switch (d) {
    case Dialect::Postgres: return "postgres";
    case Dialect::Sqlite: return "sqlite";
    case Dialect::Trino: return "trino";
  }
  return "?";
}

std::string quote_identifier(std::string_view name) {
  if (name.find('\0') != std::string_view::npos) throw Unsupported("identifiers cannot contain NUL bytes");
  std::string out = "\"";
  for (char c : name) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

std::string quote_string(std::string_view text) {
  if (text.find('\0') != std::string_view::npos) throw Unsupported("SQL text cannot contain NUL bytes");
  std::string out = "'";
  for (char c : text) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

std::string is_true(Dialect d, const std::string& x) {
  return d == Dialect::Trino ? "COALESCE(" + x + ", FALSE)" : x + " IS TRUE";
}

std::string is_false(Dialect d, const std::string& x) {
  return d == Dialect::Trino ? "(NOT COALESCE(" + x + ", TRUE))" : x + " IS FALSE";
}

std::string is_not_false(Dialect d, const std::string& x) {
  return d == Dialect::Trino ? "COALESCE(" + x + ", TRUE)" : x + " IS NOT FALSE";
}

std::string quote_string(Dialect d, std::string_view text) {
  if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
    // SQLite and Trino hold U+0000 in text, but no literal can spell it: concatenate.
    if (d == Dialect::Postgres) throw Unsupported("PostgreSQL text cannot hold the character U+0000 (`\\0`)");
    std::string out = "(";
    size_t from = 0;
    for (; nul != std::string_view::npos; from = nul + 1, nul = text.find('\0', from)) {
      out += quote_string(text.substr(from, nul - from)) + (d == Dialect::Sqlite ? " || char(0) || " : " || chr(0) || ");
    }
    return out + quote_string(text.substr(from)) + ")";
  }
  if (d != Dialect::Postgres || text.find('\\') == std::string_view::npos) return quote_string(text);
  std::string out = "E'";
  for (char c : text) {
    out += c;
    if (c == '\'' || c == '\\') out += c;
  }
  return out + "'";
}

std::string line_comment(std::string_view text) { return "-- " + printable(text) + "\n"; }

std::string builtin(Dialect d, std::string_view name) {
  return d == Dialect::Postgres ? "pg_catalog." + std::string(name) : std::string(name);
}

std::string sql_type(Dialect d, TypeKind kind) {
  switch (kind) {
    case TypeKind::Bool: return d == Dialect::Sqlite ? "INTEGER" : "BOOLEAN";
    case TypeKind::Int: return d == Dialect::Sqlite ? "INTEGER" : "BIGINT";
    case TypeKind::Float: return d == Dialect::Postgres ? "DOUBLE PRECISION" : d == Dialect::Sqlite ? "REAL" : "DOUBLE";
    case TypeKind::Date: return d == Dialect::Sqlite ? "TEXT" : "DATE";
    case TypeKind::Timestamp: return d == Dialect::Sqlite ? "TEXT" : d == Dialect::Trino ? "TIMESTAMP(6)" : "TIMESTAMP";
    case TypeKind::String:
    case TypeKind::Enum: return d == Dialect::Trino ? "VARCHAR" : "TEXT";
    default: throw Unsupported("values of this type have no SQL form");
  }
}

std::string null_of(Dialect d, TypeKind kind) {
  if (kind == TypeKind::Opaque) return "NULL";  // arrays and objects: no typed null to give
  if (d == Dialect::Sqlite) return "NULL";
  return "CAST(NULL AS " + sql_type(d, kind) + ")";
}

std::string double_literal(Dialect d, double x) {
  if (!std::isfinite(x)) throw Unsupported("non-finite number");
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", x);
  std::string s = buf;
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  if (d == Dialect::Sqlite) return "(" + s + ")";
  // Postgres and Trino read a bare 1.5 as an exact decimal: make it a double.
  return "CAST(" + quote_string(s) + " AS " + sql_type(d, TypeKind::Float) + ")";
}

std::string literal(Dialect d, const Scalar& v) {
  if (is_null(v)) return "NULL";
  if (auto* b = std::get_if<bool>(&v)) return *b ? "TRUE" : "FALSE";
  if (auto* i = std::get_if<int64_t>(&v)) {
    // -9223372036854775808 would parse as minus a number too large for a 64-bit integer.
    if (*i == std::numeric_limits<int64_t>::min()) return "(-9223372036854775807 - 1)";
    std::string s = std::to_string(*i);
    return *i < 0 ? "(" + s + ")" : s;
  }
  if (auto* x = std::get_if<double>(&v)) return double_literal(d, *x);
  if (auto* s = std::get_if<std::string>(&v)) return quote_string(d, *s);
  if (auto* dt = std::get_if<Date>(&v)) {
    std::string text = cal::format_date(dt->days);
    return d == Dialect::Sqlite ? quote_string(text) : "DATE " + quote_string(text);
  }
  if (auto* ts = std::get_if<Timestamp>(&v)) {
    std::string text = cal::format_timestamp(ts->micros);  // 2026-03-01T09:00:00[.ffffff]Z
    if (d == Dialect::Sqlite) {
      // Fixed width (always six fraction digits), so that text order is time order.
      if (text.size() == 20) text.insert(19, ".000000");
      return quote_string(text);
    }
    text[10] = ' ';
    text.pop_back();
    return "TIMESTAMP " + quote_string(text);
  }
  throw Unsupported("this literal has no SQL form");
}

}  // namespace custos::sql
