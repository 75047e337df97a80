#include "ir/build.h"

#include "ir/rule.h"

namespace custos::ir {

ExprPtr make_const(Scalar value, Type type, Span span) {
  const bool null = is_null(value);
  auto e = make_node(node::Const{std::move(value)}, std::move(type), span);
  e->nullable = null;
  return e;
}

ExprPtr make_error(Span span) { return make_const(Null{}, Type::of(TypeKind::Error), span); }

ExprPtr make_bool(bool b) { return make_const(b, Type::of(TypeKind::Bool)); }

namespace {
// An item's type: the element type, except that a numeric collection keeps each number's own kind
// (a list<float> literal may hold exact integers such as 9223372036854775807).
Type item_type(const Scalar& v, const Type& collection) {
  Type elem = collection.element();
  if (elem.kind == TypeKind::Float && std::holds_alternative<int64_t>(v)) return Type::of(TypeKind::Int);
  return elem;
}
}  // namespace

ExprPtr make_collection(const std::vector<Scalar>& items, Type type, Span span) {
  auto e = make_node(node::Collection{type.kind == TypeKind::Set}, type, span);
  for (const auto& s : items) e->kids.push_back(make_const(s, item_type(s, type), span));
  return e;
}

bool is_error_const(const Expr& e) { return e.is<node::Const>() && e.type.is_error(); }

std::optional<bool> const_bool(const Expr& e) {
  if (!e.is<node::Const>() || e.type.is_error()) return std::nullopt;
  if (const bool* b = std::get_if<bool>(&e.value())) return *b;
  return std::nullopt;
}

namespace {
ExprPtr make_logical(bool is_and, std::vector<ExprPtr> parts) {
  std::vector<ExprPtr> kept;
  for (auto& p : parts) {
    if (auto b = const_bool(*p)) {
      if (*b == is_and) continue;     // true in `and`, false in `or`: no say
      return make_bool(!is_and);      // false decides `and`, true decides `or`
    }
    kept.push_back(std::move(p));
  }
  if (kept.empty()) return make_bool(is_and);
  if (kept.size() == 1) return std::move(kept[0]);
  auto e = is_and ? make_node(node::And{}, Type::of(TypeKind::Bool)) : make_node(node::Or{}, Type::of(TypeKind::Bool));
  for (const auto& k : kept) {
    e->uses_rows = e->uses_rows || k->uses_rows;
    e->nullable = e->nullable || k->nullable || k->type.is_error();
  }
  e->kids = std::move(kept);
  return e;
}
}  // namespace

ExprPtr make_and(std::vector<ExprPtr> parts) { return make_logical(true, std::move(parts)); }
ExprPtr make_or(std::vector<ExprPtr> parts) { return make_logical(false, std::move(parts)); }

// Kleene negation; an error stays an error and null stays null.
ExprPtr make_not(ExprPtr x) {
  if (x->is<node::Const>()) {
    if (x->type.is_error()) return make_error(x->span);
    if (auto b = const_bool(*x)) return make_bool(!*b);
    return make_const(Null{}, Type::of(TypeKind::Bool), x->span);
  }
  auto e = make_node(node::Not{}, Type::of(TypeKind::Bool), x->span);
  e->uses_rows = x->uses_rows;
  e->nullable = x->nullable;
  e->kids.push_back(std::move(x));
  return e;
}

ExprPtr shallow_copy(const Expr& e) {
  auto b = make_node(e.payload, e.type, e.span);
  b->nullable = e.nullable;
  b->uses_rows = e.uses_rows;
  return b;
}

ExprPtr clone(const Expr& e) {
  ExprPtr out = shallow_copy(e);
  for (const auto& k : e.kids) out->kids.push_back(clone(*k));
  return out;
}

Rule clone(const Rule& r) {
  Rule out;
  out.kind = r.kind;
  out.id = r.id;
  out.reason = r.reason;
  out.domain = r.domain;
  out.span = r.span;
  out.targets = r.targets;
  out.mask = r.mask;
  out.mask_args = r.mask_args;
  for (const auto* from : {&r.when, &r.unless, &r.rows}) {
    auto& to = from == &r.when ? out.when : from == &r.unless ? out.unless : out.rows;
    for (const auto& e : *from) to.push_back(clone(*e));
  }
  out.bound = r.bound;
  out.copy = r.copy;
  out.break_glass = r.break_glass;
  return out;
}

}  // namespace custos::ir
