// The reference interpreter for bound expressions: SQL three-valued logic, errors as values.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "check/program.h"
#include "natives.h"
#include "runtime_value.h"

namespace custos::eval {

// Principal or context attributes by name. Absent attributes evaluate to null when the mesh
// declares them optional and to an error otherwise.
struct Attributes {
  std::map<std::string, Val> values;
  const Val* find(const std::string& name) const {
    auto it = values.find(name);
    return it == values.end() ? nullptr : &it->second;
  }
};

struct Env {
  const Attributes* principal = nullptr;
  const Attributes* context = nullptr;
  const Product* product = nullptr;        // the row's product (for column lookup)
  const std::vector<Scalar>* row = nullptr;  // parallel to product->columns
  const stdlib::NativeContext* natives = nullptr;
};

Val evaluate(const ir::Expr& e, const Env& env);

// Folds everything that does not depend on the row into constants (stage 1), leaving a
// residual predicate over columns (resolved to indices of `env.product` when it is set).
// Errors become error constants; `and`/`or` simplify.
ir::ExprPtr residualize(const ir::Expr& e, const Env& env);

// The value of a constant node (after residualization), or nullopt for row-dependent nodes.
std::optional<Val> constant_value(const ir::Expr& e);

}  // namespace custos::eval
