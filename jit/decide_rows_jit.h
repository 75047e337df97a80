// The JIT's decisions over rows for the command line and policy tests: rows become an Arrow
// batch, the compiled plan decides access and columns, compiled kernels select rows and pick masks.
#pragma once

#include "compiled_policy_set.h"
#include "decide_rows.h"

namespace custos::jit {

// `compiled` and its policy set must outlive the decider.
eval::Decider jit_decider(const CompiledPolicySet& compiled, const ir::PolicySet& set);

}  // namespace custos::jit
