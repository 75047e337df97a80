// Stage 1 partial evaluation: principal and context become constants; what remains depends on
// the row only.
#include <fmt/format.h>

#include "ast/ast.h"
#include "eval_expr.h"

namespace custos::eval {

using sema::BoundExpr;
using sema::BoundKind;
using sema::BoundPtr;

namespace {
BoundPtr constant(const Val& v, Span span) {
  auto b = std::make_unique<BoundExpr>();
  b->span = span;
  if (v.kind == Val::Kind::Collection) {
    b->kind = BoundKind::Collection;
    b->type = Type::collection(TypeKind::Set, TypeKind::Error);
    b->is_set = true;
    for (const auto& s : *v.items) {
      auto k = std::make_unique<BoundExpr>();
      k->kind = BoundKind::Const;
      k->type = Type::of(TypeKind::String);
      k->value = s;
      b->kids.push_back(std::move(k));
    }
    return b;
  }
  b->kind = BoundKind::Const;
  b->type = v.is_error() ? Type::of(TypeKind::Error) : Type::of(TypeKind::Bool);
  b->value = v.scalar;
  b->nullable = v.is_null();
  return b;
}
}  // namespace

std::optional<Val> constant_value(const BoundExpr& e) {
  if (e.kind == BoundKind::Const) return e.type.is_error() ? Val::error() : Val::of(e.value);
  return std::nullopt;
}

BoundPtr make_bool(bool b) { return constant(Val::of(b), Span{}); }

namespace {
// `and` drops true operands and is decided by a false one; `or` the other way round.
BoundPtr make_logical(bool is_and, std::vector<BoundPtr> parts) {
  std::vector<BoundPtr> kept;
  for (auto& p : parts) {
    if (auto c = constant_value(*p)) {
      if (is_and ? c->is_true() : c->is_false()) continue;
      if (is_and ? c->is_false() : c->is_true()) return make_bool(!is_and);
    }
    kept.push_back(std::move(p));
  }
  if (kept.empty()) return make_bool(is_and);
  if (kept.size() == 1) return std::move(kept[0]);
  auto b = std::make_unique<BoundExpr>();
  b->kind = is_and ? BoundKind::And : BoundKind::Or;
  b->type = Type::of(TypeKind::Bool);
  b->uses_rows = true;
  b->kids = std::move(kept);
  return b;
}
}  // namespace

BoundPtr make_and(std::vector<BoundPtr> parts) { return make_logical(true, std::move(parts)); }
BoundPtr make_or(std::vector<BoundPtr> parts) { return make_logical(false, std::move(parts)); }

BoundPtr make_not(BoundPtr x) {
  bool constant_operand = constant_value(*x).has_value();
  auto b = std::make_unique<BoundExpr>();
  b->kind = BoundKind::Not;
  b->type = Type::of(TypeKind::Bool);
  b->uses_rows = !constant_operand;
  b->kids.push_back(std::move(x));
  if (constant_operand) return constant(evaluate(*b, Env{}), Span{});
  return b;
}

BoundPtr residualize(const BoundExpr& e, const Env& env) {
  if (!e.uses_rows) return constant(evaluate(e, env), e.span);
  std::vector<BoundPtr> kids;
  for (const auto& k : e.kids) kids.push_back(residualize(*k, env));
  if (e.kind == BoundKind::And) return make_and(std::move(kids));
  if (e.kind == BoundKind::Or) return make_or(std::move(kids));
  auto b = std::make_unique<BoundExpr>();
  b->kind = e.kind;
  b->type = e.type;
  b->nullable = e.nullable;
  b->uses_rows = true;
  b->span = e.span;
  b->value = e.value;
  b->name = e.name;
  b->fn = e.fn;
  b->op = e.op;
  b->negated = e.negated;
  b->is_set = e.is_set;
  b->kids = std::move(kids);
  if (e.kind == BoundKind::Column && env.product) {
    if (const Column* c = env.product->find_column(e.name)) b->slot = static_cast<int32_t>(c - env.product->columns.data());
  }
  return b;
}

std::string render(const BoundExpr& e) {
  auto lit = [](const Scalar& s) -> std::string {
    if (is_null(s)) return "null";
    if (std::holds_alternative<std::string>(s)) return "\"" + std::get<std::string>(s) + "\"";
    if (std::holds_alternative<Date>(s)) return "date \"" + to_text(s) + "\"";
    if (std::holds_alternative<Timestamp>(s)) return "timestamp \"" + to_text(s) + "\"";
    return to_text(s);
  };
  auto join = [&](const char* sep) {
    std::string s;
    for (size_t i = 0; i < e.kids.size(); ++i) s += (i ? sep : "") + render(*e.kids[i]);
    return s;
  };
  switch (e.kind) {
    case BoundKind::Const: return e.type.is_error() ? "<error>" : lit(e.value);
    case BoundKind::Principal: return "principal." + e.name;
    case BoundKind::Context: return "context." + e.name;
    case BoundKind::Column: return e.name;
    case BoundKind::Call: return std::string(e.fn->module) + "." + std::string(e.fn->name) + "(" + join(", ") + ")";
    case BoundKind::Not: return "not (" + render(*e.kids[0]) + ")";
    case BoundKind::Negate: return "-" + render(*e.kids[0]);
    case BoundKind::Arith:
    case BoundKind::Compare:
      return render(*e.kids[0]) + " " + ast::to_string(e.op) + " " + render(*e.kids[1]);
    case BoundKind::And: return "(" + join(" and ") + ")";
    case BoundKind::Or: return "(" + join(" or ") + ")";
    case BoundKind::In: return render(*e.kids[0]) + (e.negated ? " not in " : " in ") + render(*e.kids[1]);
    case BoundKind::IsNull: return render(*e.kids[0]) + (e.negated ? " is not null" : " is null");
    case BoundKind::Collection: return std::string(e.is_set ? "{" : "[") + join(", ") + (e.is_set ? "}" : "]");
  }
  return "?";
}

}  // namespace custos::eval
