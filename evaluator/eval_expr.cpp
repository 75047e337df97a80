// Expression evaluation with SQL three-valued logic and errors that never grant.
#include "eval_expr.h"

#include <cmath>
#include <limits>

#include "functions.h"

namespace custos::eval {


namespace {

Val arith(ir::BinaryOp op, const Val& a, const Val& b) {
  if (a.is_error() || b.is_error()) return Val::error();
  if (a.is_null() || b.is_null()) return Val::null();
  const int64_t* ai = std::get_if<int64_t>(&a.scalar);
  const int64_t* bi = std::get_if<int64_t>(&b.scalar);
  if (ai && bi && op != ir::BinaryOp::Div) {
    int64_t r = 0;
    switch (op) {
      case ir::BinaryOp::Add:
        if (__builtin_add_overflow(*ai, *bi, &r)) return Val::error();
        return Val::of(r);
      case ir::BinaryOp::Sub:
        if (__builtin_sub_overflow(*ai, *bi, &r)) return Val::error();
        return Val::of(r);
      case ir::BinaryOp::Mul:
        if (__builtin_mul_overflow(*ai, *bi, &r)) return Val::error();
        return Val::of(r);
      case ir::BinaryOp::Mod:
        if (*bi == 0) return Val::error();
        if (*bi == -1) return Val::of(int64_t{0});
        return Val::of(*ai % *bi);
      default: return Val::error();
    }
  }
  auto num = [](const Val& v) -> std::optional<double> {
    if (auto i = std::get_if<int64_t>(&v.scalar)) return static_cast<double>(*i);
    if (auto d = std::get_if<double>(&v.scalar)) return *d;
    return std::nullopt;
  };
  auto x = num(a), y = num(b);
  if (!x || !y) return Val::error();
  double r;
  switch (op) {
    case ir::BinaryOp::Add: r = *x + *y; break;
    case ir::BinaryOp::Sub: r = *x - *y; break;
    case ir::BinaryOp::Mul: r = *x * *y; break;
    case ir::BinaryOp::Div:
      if (*y == 0) return Val::error();
      r = *x / *y;
      break;
    default: return Val::error();
  }
  if (!std::isfinite(r)) return Val::error();
  return Val::of(r);
}

bool collection_contains(const std::vector<Scalar>& items, const Scalar& x) {
  for (const auto& i : items) {
    if (auto c = compare_scalars(i, x); c && *c == 0) return true;
  }
  return false;
}

Val compare(ir::BinaryOp op, const Val& a, const Val& b) {
  if (a.is_error() || b.is_error()) return Val::error();
  if (a.is_null() || b.is_null()) return Val::null();
  int c;
  if (a.kind == Val::Kind::Collection || b.kind == Val::Kind::Collection) {
    if (a.kind != b.kind) return Val::error();
    // Collections compare as sets: same members, whatever the order.
    bool same = a.items->size() == b.items->size();
    for (const auto& x : *a.items) same = same && collection_contains(*b.items, x);
    for (const auto& x : *b.items) same = same && collection_contains(*a.items, x);
    c = same ? 0 : 1;
    if (op != ir::BinaryOp::Eq && op != ir::BinaryOp::Ne) return Val::error();
  } else {
    auto r = compare_scalars(a.scalar, b.scalar);
    if (!r) return Val::error();
    c = *r;
  }
  switch (op) {
    case ir::BinaryOp::Eq: return Val::of(c == 0);
    case ir::BinaryOp::Ne: return Val::of(c != 0);
    case ir::BinaryOp::Lt: return Val::of(c < 0);
    case ir::BinaryOp::Le: return Val::of(c <= 0);
    case ir::BinaryOp::Gt: return Val::of(c > 0);
    case ir::BinaryOp::Ge: return Val::of(c >= 0);
    default: return Val::error();
  }
}

// Kleene logic; an error behaves like an unknown that dominates it.
Val logical(bool is_and, const std::vector<Val>& xs) {
  bool unknown = false, error = false;
  for (const auto& x : xs) {
    Truth t = truth(x);
    if (t == (is_and ? Truth::False : Truth::True)) return Val::of(!is_and);
    if (t == Truth::Unknown) unknown = true;
    if (t == Truth::Error) error = true;
  }
  if (error) return Val::error();
  if (unknown) return Val::null();
  return Val::of(is_and);
}

}  // namespace

Val evaluate(const ir::Expr& e, const Env& env) {
  switch (e.kind()) {
    case ir::ExprKind::Const: return e.type.is_error() ? Val::error() : Val::of(e.value());
    case ir::ExprKind::Principal:
    case ir::ExprKind::Context: {
      const Attributes* attrs = e.kind() == ir::ExprKind::Principal ? env.principal : env.context;
      const Val* v = attrs ? attrs->find(e.name()) : nullptr;
      if (!v) return e.nullable ? Val::null() : Val::error();
      return *v;
    }
    case ir::ExprKind::Column: {
      if (!env.product || !env.row) return Val::error();
      // Residual predicates carry the column's index; only unresolved ones look it up by name.
      size_t i;
      if (e.slot() >= 0) {
        i = static_cast<size_t>(e.slot());
      } else {
        const Column* c = env.product->find_column(e.name());
        if (!c) return Val::error();
        i = static_cast<size_t>(c - env.product->columns.data());
      }
      return i < env.row->size() ? Val::of((*env.row)[i]) : Val::null();
    }
    case ir::ExprKind::Call: {
      std::vector<Scalar> args;
      bool any_null = false;
      for (const auto& k : e.kids) {
        Val v = evaluate(*k, env);
        if (v.is_error() || v.kind != Val::Kind::Atom) return Val::error();
        any_null |= v.is_null();
        args.push_back(v.scalar);
      }
      if (any_null && e.fn()->null_in_null_out) return Val::null();
      static const stdlib::NativeContext kDefault;
      auto r = e.fn()->impl(args, env.natives ? *env.natives : kDefault);
      return r ? Val::of(*r) : Val::error();
    }
    case ir::ExprKind::Not: {
      Val v = evaluate(*e.kids[0], env);
      switch (truth(v)) {
        case Truth::True: return Val::of(false);
        case Truth::False: return Val::of(true);
        case Truth::Unknown: return Val::null();
        case Truth::Error: return Val::error();
      }
      return Val::error();
    }
    case ir::ExprKind::Negate: {
      Val v = evaluate(*e.kids[0], env);
      if (v.is_error() || v.is_null()) return v;
      if (auto i = std::get_if<int64_t>(&v.scalar)) {
        if (*i == std::numeric_limits<int64_t>::min()) return Val::error();
        return Val::of(-*i);
      }
      if (auto d = std::get_if<double>(&v.scalar)) return Val::of(-*d);
      return Val::error();
    }
    case ir::ExprKind::Arith: return arith(e.op(), evaluate(*e.kids[0], env), evaluate(*e.kids[1], env));
    case ir::ExprKind::Compare: return compare(e.op(), evaluate(*e.kids[0], env), evaluate(*e.kids[1], env));
    case ir::ExprKind::And:
    case ir::ExprKind::Or: {
      std::vector<Val> xs;
      for (const auto& k : e.kids) xs.push_back(evaluate(*k, env));
      return logical(e.kind() == ir::ExprKind::And, xs);
    }
    case ir::ExprKind::In: {
      Val item = evaluate(*e.kids[0], env);
      Val coll = evaluate(*e.kids[1], env);
      if (item.is_error() || coll.is_error()) return Val::error();
      if (item.is_null() || coll.is_null()) return Val::null();
      if (coll.kind != Val::Kind::Collection || item.kind != Val::Kind::Atom) return Val::error();
      return Val::of(collection_contains(*coll.items, item.scalar) != e.negated());
    }
    case ir::ExprKind::IsNull: {
      Val v = evaluate(*e.kids[0], env);
      if (v.is_error()) return v;
      return Val::of(v.is_null() != e.negated());
    }
    case ir::ExprKind::Collection: {
      std::vector<Scalar> items;
      for (const auto& k : e.kids) {
        Val v = evaluate(*k, env);
        if (v.is_error() || v.kind != Val::Kind::Atom) return Val::error();
        if (v.is_null()) return Val::error();
        items.push_back(v.scalar);
      }
      return Val::collection(std::move(items));
    }
  }
  return Val::error();
}

}  // namespace custos::eval
