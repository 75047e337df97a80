// A second, deliberately naive implementation of docs/semantics.md and docs/stdlib.md, written
// from the documents alone: its own values, operators, three-valued logic, stdlib functions and
// masks, sharing no evaluation code with evaluator/, jit/, stdlib/ or sql/ (it reads the checked
// program's structure and the stdlib's declared mask strengths, nothing else). No plans, no
// residuals: every predicate is evaluated on the original rules with the full environment.
// Differential tests compare every decision path against it.
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

// `hash_key` is the `hash` mask's key (empty: `hash` gives null, as an error would).
SpecDecision spec_decide(const ir::PolicySet& set, size_t product, const eval::Attributes& principal,
                         const eval::Attributes& context, const std::vector<eval::Row>& rows, const std::string& hash_key);

}  // namespace custos::testing
