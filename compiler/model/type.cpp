// Type names, parsing and compatibility.
#include "model/type.h"

#include <algorithm>
#include <cctype>

namespace custos {

bool Type::operator==(const Type& o) const {
  if (kind != o.kind || elem != o.elem) return false;
  if ((enum_values == nullptr) != (o.enum_values == nullptr)) return false;
  return !enum_values || *enum_values == *o.enum_values;
}

std::string_view kind_name(TypeKind k) {
  switch (k) {
    case TypeKind::Error: return "<error>";
    case TypeKind::Null: return "null";
    case TypeKind::Bool: return "bool";
    case TypeKind::Int: return "int";
    case TypeKind::Float: return "float";
    case TypeKind::String: return "string";
    case TypeKind::Date: return "date";
    case TypeKind::Timestamp: return "timestamp";
    case TypeKind::Time: return "time";
    case TypeKind::Enum: return "enum";
    case TypeKind::Set: return "set";
    case TypeKind::List: return "list";
    case TypeKind::Opaque: return "opaque";
  }
  return "?";
}

namespace {
std::string enum_text(const std::shared_ptr<const std::vector<std::string>>& values) {
  std::string s = "enum(";
  if (values) {
    for (size_t i = 0; i < values->size(); ++i) s += (i ? ", " : "") + (*values)[i];
  }
  return s + ")";
}
}  // namespace

std::string to_string(const Type& t) {
  switch (t.kind) {
    case TypeKind::Enum: return enum_text(t.enum_values);
    case TypeKind::Set:
    case TypeKind::List: {
      std::string inner = t.elem == TypeKind::Enum ? enum_text(t.enum_values) : std::string(kind_name(t.elem));
      return std::string(kind_name(t.kind)) + "<" + inner + ">";
    }
    case TypeKind::Opaque: return "array/object";
    default: return std::string(kind_name(t.kind));
  }
}

namespace {
std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::optional<Type> parse_scalar(std::string_view text, std::string* error) {
  std::string t = trim(text);
  static const std::pair<const char*, TypeKind> kScalars[] = {
      {"string", TypeKind::String}, {"int", TypeKind::Int},     {"integer", TypeKind::Int},
      {"float", TypeKind::Float},   {"number", TypeKind::Float}, {"bool", TypeKind::Bool},
      {"boolean", TypeKind::Bool},  {"date", TypeKind::Date},   {"timestamp", TypeKind::Timestamp},
      {"time", TypeKind::Time}};
  for (const auto& [name, kind] : kScalars) {
    if (t == name) return Type::of(kind);
  }
  if (t.rfind("enum(", 0) == 0 && t.back() == ')') {
    std::vector<std::string> values;
    std::string body = t.substr(5, t.size() - 6);
    size_t start = 0;
    while (start <= body.size()) {
      size_t comma = body.find(',', start);
      std::string v = trim(body.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
      if (v.empty()) {
        if (error) *error = "an enum needs non-empty values separated by commas, e.g. `enum(EU, US)`";
        return std::nullopt;
      }
      if (std::find(values.begin(), values.end(), v) != values.end()) {
        if (error) *error = "enum value `" + v + "` is listed twice";
        return std::nullopt;
      }
      values.push_back(v);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    return Type::enumeration(std::move(values));
  }
  if (error) *error = "unknown type `" + t + "`; expected string, int, float, bool, date, timestamp, time or enum(...)";
  return std::nullopt;
}
}  // namespace

std::optional<Type> parse_type(std::string_view text, std::string* error) {
  std::string t = trim(text);
  for (auto [prefix, kind] : {std::pair<const char*, TypeKind>{"set<", TypeKind::Set}, {"list<", TypeKind::List}}) {
    std::string p = prefix;
    if (t.rfind(p, 0) == 0) {
      if (t.back() != '>') {
        if (error) *error = "missing `>` in `" + t + "`";
        return std::nullopt;
      }
      auto inner = parse_scalar(t.substr(p.size(), t.size() - p.size() - 1), error);
      if (!inner) return std::nullopt;
      return Type::collection(kind, inner->kind, inner->enum_values);
    }
  }
  return parse_scalar(t, error);
}

bool comparable(const Type& a, const Type& b, bool ordered) {
  if (a.is_error() || b.is_error()) return true;
  if (a.kind == TypeKind::Null || b.kind == TypeKind::Null) return !ordered;
  if (a.is_numeric() && b.is_numeric()) return true;
  if (a.is_stringlike() && b.is_stringlike()) return true;
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case TypeKind::Bool: return !ordered;
    case TypeKind::Date:
    case TypeKind::Timestamp:
    case TypeKind::Time: return true;
    case TypeKind::Set:
    case TypeKind::List: return !ordered && comparable(a.element(), b.element(), false);
    default: return false;
  }
}

}  // namespace custos
