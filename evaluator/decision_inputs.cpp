// JSON attributes, CSV and JSON-lines rows, typed by the mesh.
#include "decision_inputs.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "attributes_fast.h"
#include "calendar.h"
#include "source/source_map.h"
#include "support/suggest.h"

namespace custos::eval {

using nlohmann::json;

namespace {

bool enum_ok(const Type& t, const std::string& s) {
  return !t.enum_values || std::find(t.enum_values->begin(), t.enum_values->end(), s) != t.enum_values->end();
}

std::optional<int64_t> parse_int(std::string_view s) {
  int64_t v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<double> parse_float(std::string_view s) {
  if (s.empty()) return std::nullopt;
  std::string copy(s);
  char* end = nullptr;
  double v = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<int64_t> parse_time(std::string_view s) {
  if (s.size() < 8 || s[2] != ':' || s[5] != ':') return std::nullopt;
  auto h = parse_int(s.substr(0, 2)), m = parse_int(s.substr(3, 2)), sec = parse_int(s.substr(6, 2));
  if (!h || !m || !sec || *h > 23 || *m > 59 || *sec > 59 || s.size() != 8) return std::nullopt;
  return ((*h * 60 + *m) * 60 + *sec) * 1000000;
}

std::optional<Scalar> scalar_from_json(const json& v, TypeKind kind, const Type& type, std::string& why) {
  switch (kind) {
    case TypeKind::String:
    case TypeKind::Enum:
      if (!v.is_string()) break;
      if (kind == TypeKind::Enum && !enum_ok(type, v.get<std::string>())) {
        why = "`" + v.get<std::string>() + "` is not one of the values of `" + to_string(type) + "`";
        return std::nullopt;
      }
      return Scalar{v.get<std::string>()};
    case TypeKind::Int:
      if (v.is_number_integer()) {
        if (v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX)) break;
        return Scalar{v.get<int64_t>()};
      }
      break;
    case TypeKind::Float:
      if (v.is_number()) return Scalar{v.get<double>()};
      break;
    case TypeKind::Bool:
      if (v.is_boolean()) return Scalar{v.get<bool>()};
      break;
    case TypeKind::Date:
    case TypeKind::Timestamp:
    case TypeKind::Time:
      if (v.is_string()) return scalar_from_text(v.get<std::string>(), Type::of(kind), why);
      break;
    default: break;
  }
  if (why.empty()) why = "expected " + std::string(kind_name(kind)) + ", found " + std::string(v.type_name()) + " " + v.dump(-1, ' ', false, json::error_handler_t::replace);
  return std::nullopt;
}

}  // namespace

std::optional<Scalar> scalar_from_text(std::string_view text, const Type& type, std::string& why) {
  switch (type.kind) {
    case TypeKind::String:
    case TypeKind::Opaque: return Scalar{std::string(text)};
    case TypeKind::Enum:
      if (!enum_ok(type, std::string(text))) {
        why = "`" + std::string(text) + "` is not one of the values of `" + to_string(type) + "`";
        return std::nullopt;
      }
      return Scalar{std::string(text)};
    case TypeKind::Int:
      if (auto v = parse_int(text)) return Scalar{*v};
      why = "`" + std::string(text) + "` is not an integer";
      return std::nullopt;
    case TypeKind::Float:
      if (auto v = parse_float(text)) return Scalar{*v};
      why = "`" + std::string(text) + "` is not a number";
      return std::nullopt;
    case TypeKind::Bool:
      if (text == "true" || text == "TRUE" || text == "True") return Scalar{true};
      if (text == "false" || text == "FALSE" || text == "False") return Scalar{false};
      why = "`" + std::string(text) + "` is not `true` or `false`";
      return std::nullopt;
    case TypeKind::Date:
      if (auto d = cal::parse_date(text, &why)) return Scalar{Date{*d}};
      why = "`" + std::string(text) + "`: " + why;
      return std::nullopt;
    case TypeKind::Timestamp:
      if (auto t = cal::parse_timestamp(text, &why)) return Scalar{Timestamp{*t}};
      why = "`" + std::string(text) + "`: " + why;
      return std::nullopt;
    case TypeKind::Time:
      if (auto t = parse_time(text)) return Scalar{*t};
      why = "`" + std::string(text) + "` is not a time HH:MM:SS";
      return std::nullopt;
    default: why = "values of type `" + to_string(type) + "` cannot be read from text"; return std::nullopt;
  }
}

std::optional<Scalar> coerce(const Scalar& v, const Type& type) {
  if (is_null(v)) return v;
  if (type.kind == TypeKind::Float && std::holds_alternative<int64_t>(v)) return Scalar{static_cast<double>(std::get<int64_t>(v))};
  return v;
}

namespace {
// Where byte `offset` of `text` is: "path:L:C: " with a path, else "".
std::string located(const std::string& path, std::string_view text, size_t offset) {
  if (path.empty()) return "";
  auto [line, col] = line_col_at(text, std::min(offset, text.size()));
  return path + ":" + std::to_string(line) + ":" + std::to_string(col) + ": ";
}
// The offset of the key `"name"` (followed by `:`) in JSON text, or 0.
size_t key_offset(std::string_view text, const std::string& name) {
  std::string quoted = "\"" + name + "\"";
  for (size_t at = text.find(quoted); at != std::string_view::npos; at = text.find(quoted, at + 1)) {
    size_t k = text.find_first_not_of(" \t\r\n", at + quoted.size());
    if (k != std::string_view::npos && text[k] == ':') return at;
  }
  return 0;
}
}  // namespace

Attributes attributes_from_json(std::string_view json_text, const std::vector<Attribute>& decls, const std::string& what,
                                std::vector<std::string>& errors, const std::string& path) {
  if (auto fast = attributes_fast(json_text, decls)) return std::move(*fast);
  return attributes_from_json_reference(json_text, decls, what, errors, path);
}

Attributes attributes_from_json_reference(std::string_view json_text, const std::vector<Attribute>& decls, const std::string& what,
                                          std::vector<std::string>& errors, const std::string& path) {
  Attributes out;
  // Long strings anywhere in the document (values and items alike) are refused before decoding.
  auto too_long = [&](const json& v) { return v.is_string() && v.get_ref<const std::string&>().size() > kMaxAttributeBytes; };
  json doc;
  try {
    doc = json::parse(json_text);
  } catch (const json::parse_error& e) {
    // nlohmann's message starts "[json.exception...] parse error at line L, column C: "; keep the reason.
    std::string reason = e.what();
    size_t colon = reason.find(": ", reason.find("parse error"));
    reason = colon == std::string::npos ? "syntax error" : reason.substr(colon + 2);
    size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    auto [line, col] = line_col_at(json_text, std::min(offset, json_text.size()));
    errors.push_back(path.empty() ? what + " is not valid JSON (line " + std::to_string(line) + ", column " +
                                        std::to_string(col) + "): " + reason
                                  : located(path, json_text, offset) + what + " is not valid JSON: " + reason);
    return out;
  } catch (const json::exception& e) {
    // A number out of range ("1e400"): nlohmann reports it without a position.
    std::string reason = e.what();
    size_t bracket = reason.find("] ");
    reason = bracket == std::string::npos ? reason : reason.substr(bracket + 2);
    errors.push_back(located(path, json_text, 0) + what + " is not valid JSON: " + reason);
    return out;
  }
  if (!doc.is_object()) {
    errors.push_back(located(path, json_text, json_text.find_first_not_of(" \t\r\n")) + what +
                     " must be a JSON object of attributes");
    return out;
  }
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    const Attribute* decl = nullptr;
    for (const auto& d : decls) {
      if (d.name == it.key()) decl = &d;
    }
    if (!decl) {
      std::vector<std::string> names;
      for (const auto& d : decls) names.push_back(d.name);
      std::string hint = did_you_mean(it.key(), names);
      errors.push_back(located(path, json_text, key_offset(json_text, it.key())) + what + " has an attribute `" + it.key() +
                       "` that the mesh does not declare" + (hint.empty() ? "" : "; " + hint));
      continue;
    }
    const json& v = it.value();
    auto here = [&] { return located(path, json_text, key_offset(json_text, decl->name)); };
    std::string why;
    if (too_long(v) || (v.is_array() && std::any_of(v.begin(), v.end(), too_long))) {
      errors.push_back(here() + what + "." + decl->name + ": a string longer than " + std::to_string(kMaxAttributeBytes) +
                       " bytes; attribute strings are limited to that");
      out.values[decl->name] = Val::error();
      continue;
    }
    if (v.is_null()) {
      if (!decl->optional) errors.push_back(here() + what + "." + decl->name + " is not optional and cannot be null");
      out.values[decl->name] = decl->optional ? Val::null() : Val::error();
      continue;
    }
    if (decl->type.is_collection()) {
      if (!v.is_array()) {
        errors.push_back(here() + what + "." + decl->name + ": expected a JSON array for `" + to_string(decl->type) + "`");
        out.values[decl->name] = Val::error();
        continue;
      }
      if (v.size() > kMaxAttributeItems) {
        errors.push_back(here() + what + "." + decl->name + ": " + std::to_string(v.size()) + " items; attribute collections are limited to " +
                         std::to_string(kMaxAttributeItems));
        out.values[decl->name] = Val::error();
        continue;
      }
      std::vector<Scalar> items;
      bool ok = true;
      for (const auto& item : v) {
        auto s = scalar_from_json(item, decl->type.elem, decl->type.element(), why);
        if (!s) {
          errors.push_back(here() + what + "." + decl->name + ": " + why);
          ok = false;
          break;
        }
        items.push_back(*s);
      }
      out.values[decl->name] = ok ? Val::collection(std::move(items)) : Val::error();
      continue;
    }
    auto s = scalar_from_json(v, decl->type.kind, decl->type, why);
    if (!s) {
      errors.push_back(here() + what + "." + decl->name + ": " + why);
      out.values[decl->name] = Val::error();
      continue;
    }
    out.values[decl->name] = Val::of(*s);
  }
  return out;
}

namespace {
// Splits CSV into records of fields; `quoted` marks fields that were quoted.
struct CsvField {
  std::string text;
  bool quoted = false;
};

bool next_record(std::string_view text, size_t& pos, std::vector<CsvField>& out, std::string& error) {
  out.clear();
  if (pos >= text.size()) return false;
  CsvField f;
  bool in_quotes = false, field_started = false;
  while (pos < text.size()) {
    char c = text[pos];
    if (in_quotes) {
      if (c == '"') {
        if (pos + 1 < text.size() && text[pos + 1] == '"') {
          f.text += '"';
          pos += 2;
          continue;
        }
        in_quotes = false;
        ++pos;
        continue;
      }
      f.text += c;
      ++pos;
      continue;
    }
    if (c == '"' && !field_started) {
      in_quotes = true;
      f.quoted = true;
      field_started = true;
      ++pos;
      continue;
    }
    if (c == ',') {
      out.push_back(std::move(f));
      f = CsvField{};
      field_started = false;
      ++pos;
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
      ++pos;
      break;
    }
    f.text += c;
    field_started = true;
    ++pos;
  }
  if (in_quotes) {
    error = "a quoted field is not closed";
    return false;
  }
  out.push_back(std::move(f));
  return true;
}
}  // namespace

std::vector<Row> rows_from_csv(std::string_view text, const Product& product, std::vector<std::string>& errors,
                               std::vector<bool>* present) {
  std::vector<Row> rows;
  size_t pos = 0;
  std::vector<CsvField> fields;
  std::string error;
  if (!next_record(text, pos, fields, error)) {
    errors.push_back(error.empty() ? "the CSV has no header line" : "line 1: " + error);
    return rows;
  }
  std::vector<const Column*> columns;
  std::vector<std::string> names;
  for (const auto& c : product.columns) names.push_back(c.name);
  size_t known = 0;
  for (const auto& h : fields) {
    const Column* c = product.find_column(h.text);
    known += c != nullptr;
    columns.push_back(c);
    if (c && present) {
      present->resize(product.columns.size(), false);
      (*present)[static_cast<size_t>(c - product.columns.data())] = true;
    }
  }
  if (known == 0) {
    // No field names a column: the first line is data, or the file is for another product.
    std::string all;
    for (size_t i = 0; i < names.size(); ++i) all += (i ? "," : "") + names[i];
    errors.push_back("line 1: the first line must name the columns of `" + product.qualified() + "`, and none of its " +
                     std::to_string(fields.size()) + " field" + (fields.size() == 1 ? "" : "s") +
                     " does; add a header line such as `" + all + "`");
    return rows;
  }
  for (size_t i = 0; i < fields.size(); ++i) {
    if (columns[i]) continue;
    std::string hint = did_you_mean(fields[i].text, names);
    errors.push_back("line 1: `" + fields[i].text + "` is not a column of `" + product.qualified() + "`" +
                     (hint.empty() ? "" : "; " + hint));
  }
  if (!errors.empty()) return rows;
  size_t line = 1;
  while (true) {
    ++line;
    if (pos >= text.size()) break;
    if (!next_record(text, pos, fields, error)) {
      if (!error.empty()) errors.push_back("line " + std::to_string(line) + ": " + error);
      break;
    }
    if (fields.size() == 1 && fields[0].text.empty() && !fields[0].quoted) continue;  // blank line
    if (fields.size() != columns.size()) {
      errors.push_back("line " + std::to_string(line) + ": expected " + std::to_string(columns.size()) + " fields, found " +
                       std::to_string(fields.size()));
      continue;
    }
    Row row(product.columns.size(), Scalar{Null{}});
    for (size_t i = 0; i < fields.size(); ++i) {
      const Column* c = columns[i];
      size_t idx = static_cast<size_t>(c - product.columns.data());
      if (fields[i].text.empty() && !fields[i].quoted) continue;
      std::string why;
      auto v = scalar_from_text(fields[i].text, c->type, why);
      if (!v) {
        errors.push_back("line " + std::to_string(line) + ", column `" + c->name + "`: " + why);
        continue;
      }
      row[idx] = *v;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<Row> rows_from_jsonl(std::string_view text, const Product& product, std::vector<std::string>& errors,
                                 std::vector<bool>* present) {
  if (present) present->assign(product.columns.size(), false);
  std::vector<Row> rows;
  size_t line = 0, pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view l = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line;
    if (l.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    json doc = json::parse(l, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
      errors.push_back("line " + std::to_string(line) + ": not a JSON object");
      continue;
    }
    Row row(product.columns.size(), Scalar{Null{}});
    for (auto it = doc.begin(); it != doc.end(); ++it) {
      const Column* c = product.find_column(it.key());
      if (!c) {
        std::vector<std::string> names;
        for (const auto& col : product.columns) names.push_back(col.name);
        std::string hint = did_you_mean(it.key(), names);
        errors.push_back("line " + std::to_string(line) + ": `" + it.key() + "` is not a column of `" + product.qualified() + "`" +
                         (hint.empty() ? "" : "; " + hint));
        continue;
      }
      if (present) (*present)[static_cast<size_t>(c - product.columns.data())] = true;
      if (it.value().is_null()) continue;
      std::string why;
      std::optional<Scalar> v = c->type.kind == TypeKind::Opaque ? std::optional<Scalar>(Scalar{it.value().dump(-1, ' ', false, json::error_handler_t::replace)})
                                                                : scalar_from_json(it.value(), c->type.kind, c->type, why);
      if (!v) {
        errors.push_back("line " + std::to_string(line) + ", column `" + c->name + "`: " + why);
        continue;
      }
      row[static_cast<size_t>(c - product.columns.data())] = *v;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<Row> rows_from_file(const std::string& path, const Product& product, std::vector<std::string>& errors,
                                std::vector<bool>* present) {
  ReadResult text = read_file_limited(path);
  if (!text.text) {
    errors.push_back("cannot read rows from `" + path + "`: " + text.error);
    return {};
  }
  std::vector<std::string> found;
  bool jsonl = path.size() > 6 && path.compare(path.size() - 6, 6, ".jsonl") == 0;
  if (present) present->assign(product.columns.size(), false);
  auto rows = jsonl ? rows_from_jsonl(*text.text, product, found, present) : rows_from_csv(*text.text, product, found, present);
  // "line N: ..." and "line N, column `c`: ..." become "path:N: ..." and "path:N: column `c`: ...".
  for (const auto& e : found) {
    size_t digits = e.rfind("line ", 0) == 0 ? e.find_first_not_of("0123456789", 5) : std::string::npos;
    if (digits != std::string::npos && digits > 5 && (e[digits] == ':' || e[digits] == ',')) {
      errors.push_back(path + ":" + e.substr(5, digits - 5) + ":" + e.substr(digits + 1));
    } else {
      errors.push_back(path + ": " + e);
    }
  }
  return rows;
}

}  // namespace custos::eval
