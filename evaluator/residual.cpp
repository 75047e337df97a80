// Stage 1 partial evaluation: principal and context become constants; what remains depends on
// the row only. The constructors and their folding are the IR's (`ir/build.h`); this file only
// decides what to evaluate now.
#include "eval_expr.h"
#include "ir/build.h"

namespace custos::eval {

namespace {
// The value of `e` as a constant of `e`'s static type.
ir::ExprPtr constant(const Val& v, const ir::Expr& e) {
  if (v.is_error()) return ir::make_error(e.span);
  if (v.kind == Val::Kind::Collection) return ir::make_collection(*v.items, e.type, e.span);
  return ir::make_const(v.scalar, e.type, e.span);
}
}  // namespace

std::optional<Val> constant_value(const ir::Expr& e) {
  if (e.kind() == ir::ExprKind::Const) return e.type.is_error() ? Val::error() : Val::of(e.value());
  return std::nullopt;
}

ir::ExprPtr residualize(const ir::Expr& e, const Env& env) {
  if (!e.uses_rows) return constant(evaluate(e, env), e);
  std::vector<ir::ExprPtr> kids;
  for (const auto& k : e.kids) kids.push_back(residualize(*k, env));
  if (e.kind() == ir::ExprKind::And) return ir::make_and(std::move(kids));
  if (e.kind() == ir::ExprKind::Or) return ir::make_or(std::move(kids));
  auto b = ir::shallow_copy(e);
  b->kids = std::move(kids);
  if (e.kind() == ir::ExprKind::Column && env.product) {
    if (const Column* c = env.product->find_column(e.name())) b->as<ir::node::Column>().slot = static_cast<int32_t>(c - env.product->columns.data());
  }
  return b;
}

}  // namespace custos::eval
