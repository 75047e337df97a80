// Constructors of IR expressions and the constant folding every rewrite shares: `and`/`or` drop
// operands that cannot decide them and collapse when one does; `not` of a constant is folded.
#pragma once

#include <optional>
#include <vector>

#include "ir/expr.h"

namespace custos::ir {

// A constant of the static type `type` (the type of the expression it replaces: a folded null
// keeps it). Errors are constants of type Error.
ExprPtr make_const(Scalar value, Type type, Span span = {});
ExprPtr make_error(Span span = {});
ExprPtr make_bool(bool b);
// A folded collection: a set or list of constant items.
ExprPtr make_collection(const std::vector<Scalar>& items, Type type, Span span = {});

ExprPtr make_and(std::vector<ExprPtr> parts);
ExprPtr make_or(std::vector<ExprPtr> parts);
ExprPtr make_not(ExprPtr x);

bool is_error_const(const Expr& e);
// The truth of a constant condition: true, false, or nullopt when it is null or an error (or not a
// constant at all).
std::optional<bool> const_bool(const Expr& e);

// A copy of one node without its children (they are rewritten by the caller).
ExprPtr shallow_copy(const Expr& e);
// A deep copy of a tree.
ExprPtr clone(const Expr& e);

}  // namespace custos::ir
