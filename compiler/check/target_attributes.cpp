// The catalogue of `product.*` and `column.*`, and their values for one target.
#include "check/target_attributes.h"

#include <set>

#include "ir/build.h"

namespace custos::check {

namespace {
enum class Shape : uint8_t { String, DomainEnum, Tags, Bool };

struct Entry {
  TargetRoot root;
  const char* name;
  Shape shape;
};

// Documentation order; docs/language.md lists the same names with what each reads.
constexpr Entry kAttributes[] = {
    {TargetRoot::Product, "domain", Shape::DomainEnum},   {TargetRoot::Product, "name", Shape::String},
    {TargetRoot::Product, "tags", Shape::Tags},           {TargetRoot::Product, "classification", Shape::String},
    {TargetRoot::Product, "owner", Shape::String},        {TargetRoot::Product, "data_product", Shape::String},
    {TargetRoot::Product, "status", Shape::String},       {TargetRoot::Product, "version", Shape::String},
    {TargetRoot::Product, "contract_id", Shape::String},  {TargetRoot::Column, "name", Shape::String},
    {TargetRoot::Column, "tags", Shape::Tags},            {TargetRoot::Column, "classification", Shape::String},
    {TargetRoot::Column, "primary_key", Shape::Bool},     {TargetRoot::Column, "required", Shape::Bool},
};

const Entry* find(TargetRoot root, const std::string& name) {
  for (const auto& e : kAttributes) {
    if (e.root == root && name == e.name) return &e;
  }
  return nullptr;
}

// Every tag and every ancestor of one (`pii.direct` -> `pii`, `pii.direct`).
std::vector<Scalar> tag_closure(const std::vector<std::string>& tags) {
  std::set<std::string> all;
  for (const auto& t : tags) {
    for (size_t dot = t.find('.'); dot != std::string::npos; dot = t.find('.', dot + 1)) all.insert(t.substr(0, dot));
    all.insert(t);
  }
  return {all.begin(), all.end()};
}

ir::ExprPtr string_or_null(const std::string& s, const Type& type, Span span) {
  if (s.empty()) {
    auto n = ir::make_const(Null{}, type, span);
    n->nullable = true;
    return n;
  }
  return ir::make_const(s, type, span);
}
}  // namespace

const char* root_name(TargetRoot root) { return root == TargetRoot::Product ? "product" : "column"; }

std::vector<std::string> target_attribute_names(TargetRoot root) {
  std::vector<std::string> out;
  for (const auto& e : kAttributes) {
    if (e.root == root) out.emplace_back(e.name);
  }
  return out;
}

std::optional<Type> target_attribute_type(const Mesh& mesh, TargetRoot root, const std::string& name) {
  const Entry* e = find(root, name);
  if (!e) return std::nullopt;
  switch (e->shape) {
    case Shape::String: return Type::of(TypeKind::String);
    case Shape::Bool: return Type::of(TypeKind::Bool);
    case Shape::DomainEnum: return Type::enumeration(mesh.domains());
    case Shape::Tags: {
      auto values = std::make_shared<const std::vector<std::string>>(mesh.config.tags.all());
      return Type::collection(TypeKind::Set, TypeKind::Enum, values);
    }
  }
  return std::nullopt;
}

ir::ExprPtr target_attribute_value(TargetRoot root, const std::string& name, const Type& type, const Product& p,
                                   const Column* c, Span span) {
  const std::string n = name;
  if (root == TargetRoot::Column) {
    if (n == "name") return ir::make_const(c->name, type, span);
    if (n == "tags") return ir::make_collection(tag_closure(c->tags), type, span);
    if (n == "classification") return string_or_null(c->classification, type, span);
    if (n == "primary_key") return ir::make_const(c->primary_key, type, span);
    if (n == "required") return ir::make_const(c->required, type, span);
  } else {
    if (n == "domain") return ir::make_const(p.domain, type, span);
    if (n == "name") return ir::make_const(p.name, type, span);
    if (n == "tags") return ir::make_collection(tag_closure(p.tags), type, span);
    if (n == "classification") return string_or_null(p.classification, type, span);
    if (n == "owner") return string_or_null(p.owner, type, span);
    if (n == "data_product") return string_or_null(p.data_product, type, span);
    if (n == "status") return string_or_null(p.status, type, span);
    if (n == "version") return string_or_null(p.version, type, span);
    if (n == "contract_id") return string_or_null(p.contract_id, type, span);
  }
  return nullptr;
}

std::string shown_value(const ir::Expr& e) {
  auto one = [](const Scalar& v) -> std::string {
    if (const auto* s = std::get_if<std::string>(&v)) return "\"" + *s + "\"";
    if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
    return "null";
  };
  if (e.kind() == ir::ExprKind::Collection) {
    std::string out = "{";
    for (size_t i = 0; i < e.kids.size(); ++i) out += (i ? ", " : "") + one(e.kids[i]->value());
    return out + "}";
  }
  return one(e.value());
}

}  // namespace custos::check
