// `assert` declarations proven for every principal, context and row: the solver looks for a
// request on which an assertion fails; when it finds one, the interpreter replays it (a
// counterexample that does not replay is never reported as one). The public face of analysis/
// for `custos check`: no Z3 type appears here.
#pragma once

#include <string>
#include <vector>

#include "diff.h"
#include "ir/policy_set.h"
#include "who_can.h"

namespace custos::analysis {

// A rule's part on a counterexample: whether it holds there, and why (as `custos explain` says it).
struct RuleState {
  RuleLink rule;
  bool holds = false;
  std::string why;
};

struct AssertionResult {
  enum class Verdict { Holds, Violated, Unknown };
  const ir::Assertion* assertion = nullptr;
  Verdict verdict = Verdict::Holds;
  std::string product;  // Violated / Unknown: where
  std::string column;   // column assertions
  // Violated: a counterexample replayed through the interpreter, what it decided there
  // ("readable", "clear", "masked (hash)", "the row is visible", ...), and the rules that decided
  // it: those that went the violating way (a permit that holds or a forbid that does not, where
  // access was granted; the column's masks and denies).
  Witness witness;
  std::string seen;
  std::vector<RuleState> rules;
  // Unknown: why (a construct the solver cannot encode exactly, or its time ran out).
  std::string reason;
  std::string location;
};

struct AssertOptions {
  const SourceMap* sources = nullptr;
  unsigned timeout_ms = 30000;  // per question (one per product and column an assertion covers)
};

// One result per assertion of the set, in source order: Holds when it holds for every product
// and column it covers; otherwise the first violation (or, failing that, the first unknown).
std::vector<AssertionResult> prove_assertions(const ir::PolicySet& set, const AssertOptions& options);

}  // namespace custos::analysis
