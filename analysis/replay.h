// Replays a witness through the reference interpreter, reading it exactly as `custos eval` reads
// its inputs: what a finding reports is what the engines decide, or the finding is not reported.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diff.h"
#include "decision_inputs.h"
#include "plan.h"

namespace custos::analysis {

struct ColumnSeen {
  std::string name;
  int level = 0;       // kClearLevel, a mask's strength, or kDeniedLevel
  std::string shown;   // "clear", "masked (hash)", "denied"
};

struct Observed {
  bool exists = false;  // the product is in this version
  bool allowed = false;
  bool visible = false;  // the witness row
  std::vector<ColumnSeen> columns;  // on the witness row (when visible; else as denied)
  std::vector<eval::RuleTrace> trace;
  std::string error;  // the witness could not be read in this version
  const ColumnSeen* column(const std::string& name) const;
};

// A witness read as `custos eval` reads its inputs (the attributes this version declares).
struct WitnessInputs {
  eval::Attributes principal, context;
  std::vector<eval::Row> rows;  // the witness row, when it has one
  std::string error;            // the witness could not be read
};
WitnessInputs read_witness(const ir::PolicySet& set, const Product& product, const Witness& w);

// Reads the witness as `custos eval` reads its inputs, then observes it.
Observed replay(const ir::PolicySet& set, const std::string& product, const Witness& w);

// What the interpreter decides for `product` (an index into the set's mesh) on one request and
// optionally one row: the quantities `custos diff` compares.
Observed observe(const ir::PolicySet& set, size_t product, const eval::Attributes& principal, const eval::Attributes& context,
                 const eval::Row* row);

}  // namespace custos::analysis
