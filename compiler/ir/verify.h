// The IR verifier: the invariants every backend relies on, checked after lowering and after each
// rewrite (constant folding, partial evaluation). A finding is a compiler bug, never a user error:
// callers turn it into an internal error rather than evaluate a malformed tree.
#pragma once

#include <string>
#include <vector>

#include "ir/expr.h"
#include "model/mesh.h"

namespace custos::ir {

struct PolicySet;

enum class Stage : uint8_t {
  Lowered,   // as the checker produced it: every type known, no error constants
  Residual,  // after partial evaluation for one request: error constants allowed, slots resolved
};

// Problems with one condition (kind, arity, types, names, flags), each as "<path>: <what>", where
// the path names the node (`when[0].kids[1]`). `product` resolves columns; null skips them.
std::vector<std::string> verify_expr(const Expr& e, const Mesh& mesh, const Product* product, Stage stage,
                                     const std::string& path = "expr");

// Every rule of the set: its targets, mask, conditions, and the per-product index.
std::vector<std::string> verify(const PolicySet& set);

}  // namespace custos::ir
