// What the checker produces: rules and tests with every name resolved and every expression
// typed, in the IR's own terms (`ir/rule.h`). Lowering to the decision IR reads only this, never
// the AST.
#pragma once

#include <vector>

#include "ir/rule.h"
#include "model/mesh.h"

namespace custos::sema {

struct Program {
  const Mesh* mesh = nullptr;
  std::vector<ir::Rule> rules;
  std::vector<ir::Assertion> assertions;  // proven by `custos check`; no engine reads them
};

}  // namespace custos::sema
