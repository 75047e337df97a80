// One decision over a set of rows, the unit the command line and policy tests work with: the plan,
// the visible rows and their (masked) values. Each engine provides a Decider; the interpreter's is
// here, the JIT's in jit/decide_rows_jit.h.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "decision_inputs.h"
#include "plan.h"

namespace custos::eval {

struct RowsDecision {
  Plan plan;                                 // also carries the trace and the residual filter text
  std::vector<size_t> visible;               // indices into the rows, ascending
  std::vector<std::vector<Scalar>> values;   // per visible row, per plan.columns (denied: null)
  std::string engine = "interp";             // which engine decided the rows
};

using Decider = std::function<RowsDecision(size_t product, const Attributes& principal, const Attributes& context,
                                           const std::vector<std::string>& columns, const std::vector<Row>& rows)>;

// The reference interpreter.
RowsDecision interpret_rows(const ir::PolicySet& set, size_t product, const Attributes& principal,
                            const Attributes& context, const std::vector<std::string>& columns,
                            const std::vector<Row>& rows, const stdlib::NativeContext& natives);
Decider interpreter_decider(const ir::PolicySet& set, const stdlib::NativeContext& natives);

}  // namespace custos::eval
