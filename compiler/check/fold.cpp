// Constant folding for the checker's "always false / always true" warnings. Three-valued:
// a folded `null` means unknown.
#include "check/file_checker.h"

namespace custos::check {



std::optional<ast::LiteralValue> fold_constant(const ir::Expr& e) {
  if (e.type.is_error()) return std::nullopt;
  switch (e.kind()) {
    case ir::ExprKind::Const: return e.value();
    case ir::ExprKind::Not: {
      auto x = fold_constant(*e.kids[0]);
      if (!x) return std::nullopt;
      if (is_null(*x)) return x;
      return ast::LiteralValue{!std::get<bool>(*x)};
    }
    case ir::ExprKind::And:
    case ir::ExprKind::Or: {
      bool is_and = e.kind() == ir::ExprKind::And;
      bool unknown = false, all_const = true;
      for (const auto& k : e.kids) {
        auto x = fold_constant(*k);
        if (!x) {
          all_const = false;
          continue;
        }
        if (is_null(*x)) {
          unknown = true;
          continue;
        }
        // A deciding operand decides even when others are not constant.
        if (std::get<bool>(*x) != is_and) return ast::LiteralValue{!is_and};
      }
      if (!all_const) return std::nullopt;
      return unknown ? ast::LiteralValue{ast::Null{}} : ast::LiteralValue{is_and};
    }
    case ir::ExprKind::Compare: {
      auto a = fold_constant(*e.kids[0]), b = fold_constant(*e.kids[1]);
      if (!a || !b) return std::nullopt;
      if (is_null(*a) || is_null(*b)) return ast::LiteralValue{ast::Null{}};
      auto c = compare_scalars(*a, *b);
      if (!c) return std::nullopt;
      switch (e.op()) {
        case ir::BinaryOp::Eq: return ast::LiteralValue{*c == 0};
        case ir::BinaryOp::Ne: return ast::LiteralValue{*c != 0};
        case ir::BinaryOp::Lt: return ast::LiteralValue{*c < 0};
        case ir::BinaryOp::Le: return ast::LiteralValue{*c <= 0};
        case ir::BinaryOp::Gt: return ast::LiteralValue{*c > 0};
        case ir::BinaryOp::Ge: return ast::LiteralValue{*c >= 0};
        default: return std::nullopt;
      }
    }
    case ir::ExprKind::IsNull: {
      auto x = fold_constant(*e.kids[0]);
      if (!x) return std::nullopt;
      return ast::LiteralValue{is_null(*x) != e.negated()};
    }
    default: return std::nullopt;
  }
}

}  // namespace custos::check
