// A second, deliberately naive implementation of docs/semantics.md: no plans, no residuals —
// every predicate is evaluated on the original rules with the full environment. Differential
// tests compare each decision path against it.
#pragma once

#include <optional>
#include <vector>

#include "decision_inputs.h"
#include "ir/policy_set.h"

namespace custos::testing {

struct SpecDecision {
  bool allowed = false;
  std::vector<bool> visible;                                // per row
  std::vector<std::vector<std::optional<Scalar>>> values;  // per visible row, per column; nullopt = denied
};

SpecDecision spec_decide(const ir::PolicySet& set, size_t product, const eval::Attributes& principal,
                         const eval::Attributes& context, const std::vector<eval::Row>& rows,
                         const stdlib::NativeContext& natives);

}  // namespace custos::testing
