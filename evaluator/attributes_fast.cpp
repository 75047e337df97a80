#include "attributes_fast.h"

#include <algorithm>

#include <simdjson.h>

#include "decision_inputs.h"

namespace custos::eval {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// A value of `kind` (of `type`), or nullopt where the reference reader would report something.
std::optional<Scalar> scalar(element v, TypeKind kind, const Type& type) {
  switch (kind) {
    case TypeKind::String:
    case TypeKind::Enum: {
      std::string_view s;
      if (v.get(s) != simdjson::SUCCESS || s.size() > kMaxAttributeBytes) return std::nullopt;
      if (kind == TypeKind::Enum && type.enum_values &&
          std::find(type.enum_values->begin(), type.enum_values->end(), s) == type.enum_values->end()) {
        return std::nullopt;
      }
      return Scalar{std::string(s)};
    }
    case TypeKind::Int:
      if (v.type() == element_type::INT64) return Scalar{int64_t(v)};
      return std::nullopt;  // a float, or an integer past int64 (UINT64)
    case TypeKind::Float:
      switch (v.type()) {
        case element_type::INT64: return Scalar{static_cast<double>(int64_t(v))};
        case element_type::UINT64: return Scalar{static_cast<double>(uint64_t(v))};
        case element_type::DOUBLE: return Scalar{double(v)};
        default: return std::nullopt;
      }
    case TypeKind::Bool:
      if (v.type() == element_type::BOOL) return Scalar{bool(v)};
      return std::nullopt;
    case TypeKind::Date:
    case TypeKind::Timestamp:
    case TypeKind::Time: {
      std::string_view s;
      if (v.get(s) != simdjson::SUCCESS || s.size() > kMaxAttributeBytes) return std::nullopt;
      std::string why;
      return scalar_from_text(s, Type::of(kind), why);
    }
    default: return std::nullopt;
  }
}

}  // namespace

std::optional<Attributes> attributes_fast(std::string_view json_text, const std::vector<Attribute>& decls) {
  thread_local simdjson::dom::parser parser;
  // Attribute documents are small: a parser that grew for a large one is not kept.
  constexpr size_t kKeptCapacity = 1u << 20;
  if (parser.capacity() > kKeptCapacity && json_text.size() <= kKeptCapacity) parser = simdjson::dom::parser();
  element root;
  simdjson::dom::object object;
  if (parser.parse(json_text.data(), json_text.size(), true).get(root) != simdjson::SUCCESS) return std::nullopt;
  if (root.get(object) != simdjson::SUCCESS) return std::nullopt;
  Attributes out;
  for (auto field : object) {
    const std::string_view key = field.key;  // not a structured binding: clang 14 cannot capture those
    const element value = field.value;
    auto decl = std::find_if(decls.begin(), decls.end(), [&](const Attribute& d) { return d.name == key; });
    if (decl == decls.end()) return std::nullopt;
    // One insertion per field, at the end when the document's keys come sorted (a twice-given key
    // goes to the reference reader, which reports it).
    const size_t before = out.values.size();
    auto slot = out.values.emplace_hint(out.values.end(), decl->name, Val::null());
    if (out.values.size() == before) return std::nullopt;
    if (value.is_null()) {
      if (!decl->optional) return std::nullopt;
      continue;
    }
    if (decl->type.is_collection()) {
      simdjson::dom::array array;
      if (value.get(array) != simdjson::SUCCESS || array.size() > kMaxAttributeItems) return std::nullopt;
      std::vector<Scalar> items;
      items.reserve(array.size());
      for (element item : array) {
        auto s = scalar(item, decl->type.elem, decl->type.element());
        if (!s) return std::nullopt;
        items.push_back(std::move(*s));
      }
      slot->second = Val::collection(std::move(items));
      continue;
    }
    auto s = scalar(value, decl->type.kind, decl->type);
    if (!s) return std::nullopt;
    slot->second = Val::of(std::move(*s));
  }
  return out;
}

}  // namespace custos::eval
