#include "ir/build.h"

namespace custos::ir {

ExprPtr make_const(Scalar value, Type type, Span span) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::Const;
  e->nullable = is_null(value);
  e->value = std::move(value);
  e->type = std::move(type);
  e->span = span;
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
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::Collection;
  e->is_set = type.kind == TypeKind::Set;
  e->span = span;
  for (const auto& s : items) e->kids.push_back(make_const(s, item_type(s, type), span));
  e->type = std::move(type);
  return e;
}

bool is_error_const(const Expr& e) { return e.kind == ExprKind::Const && e.type.is_error(); }

std::optional<bool> const_bool(const Expr& e) {
  if (e.kind != ExprKind::Const || e.type.is_error()) return std::nullopt;
  if (const bool* b = std::get_if<bool>(&e.value)) return *b;
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
  auto e = std::make_unique<Expr>();
  e->kind = is_and ? ExprKind::And : ExprKind::Or;
  e->type = Type::of(TypeKind::Bool);
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
  if (x->kind == ExprKind::Const) {
    if (x->type.is_error()) return make_error(x->span);
    if (auto b = const_bool(*x)) return make_bool(!*b);
    return make_const(Null{}, Type::of(TypeKind::Bool), x->span);
  }
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::Not;
  e->type = Type::of(TypeKind::Bool);
  e->uses_rows = x->uses_rows;
  e->nullable = x->nullable;
  e->span = x->span;
  e->kids.push_back(std::move(x));
  return e;
}

ExprPtr shallow_copy(const Expr& e) {
  auto b = std::make_unique<Expr>();
  b->kind = e.kind;
  b->type = e.type;
  b->nullable = e.nullable;
  b->uses_rows = e.uses_rows;
  b->span = e.span;
  b->value = e.value;
  b->name = e.name;
  b->slot = e.slot;
  b->fn = e.fn;
  b->op = e.op;
  b->negated = e.negated;
  b->is_set = e.is_set;
  return b;
}

}  // namespace custos::ir
