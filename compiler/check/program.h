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

  // The rules as written: a rule bound once per target counts once.
  size_t rules_as_written() const {
    size_t n = 0;
    for (const auto& r : rules) n += r.copy == 0;
    return n;
  }
};

}  // namespace custos::sema
