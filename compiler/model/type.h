// The types of the language: what columns, attributes, literals and expressions have.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace custos {

enum class TypeKind : uint8_t {
  Error,  // poison: an error was already reported; never reported again
  Null,   // the type of the literal `null`; fits anything
  Bool,
  Int,
  Float,
  String,
  Date,
  Timestamp,
  Time,
  Enum,    // a string restricted to declared values
  Set,     // set<T> of a scalar T
  List,    // list<T> of a scalar T
  Opaque,  // ODCS array/object columns: only `is null` applies
};

struct Type {
  TypeKind kind = TypeKind::Error;
  TypeKind elem = TypeKind::Error;  // Set / List element kind
  std::shared_ptr<const std::vector<std::string>> enum_values;  // Enum, or a collection of Enum

  static Type of(TypeKind k) { return Type{k, TypeKind::Error, nullptr}; }
  static Type collection(TypeKind coll, TypeKind elem, std::shared_ptr<const std::vector<std::string>> values = nullptr) {
    return Type{coll, elem, std::move(values)};
  }
  static Type enumeration(std::vector<std::string> values) {
    return Type{TypeKind::Enum, TypeKind::Error, std::make_shared<const std::vector<std::string>>(std::move(values))};
  }

  bool is_error() const { return kind == TypeKind::Error; }
  bool is_numeric() const { return kind == TypeKind::Int || kind == TypeKind::Float; }
  bool is_collection() const { return kind == TypeKind::Set || kind == TypeKind::List; }
  bool is_stringlike() const { return kind == TypeKind::String || kind == TypeKind::Enum; }
  // The element type of a collection.
  Type element() const { return Type{elem, TypeKind::Error, enum_values}; }
  bool operator==(const Type& o) const;
};

std::string to_string(const Type& t);
std::string_view kind_name(TypeKind k);

// Parses the mesh configuration's type syntax: `string`, `int`, `float`, `bool`, `date`,
// `timestamp`, `time`, `set<string>`, `list<int>`, `enum(EU, US, APAC)`, `set<enum(a, b)>`.
std::optional<Type> parse_type(std::string_view text, std::string* error);

// Whether values of the two types can be compared with == / != (and ordered, for `ordered`).
bool comparable(const Type& a, const Type& b, bool ordered);

}  // namespace custos
