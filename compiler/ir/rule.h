// The decision IR's rules: what the checker produces for each `permit`/`forbid`/`mask`/`deny`.
#pragma once

#include <string>
#include <vector>

#include "ir/expr.h"

namespace custos::ir {

// Where a rule applies: products, and for column rules the columns of each.
struct RuleTarget {
  size_t product;                    // index into Mesh::products
  std::vector<std::string> columns;  // empty for permit / forbid
};

struct Rule {
  RuleKind kind;
  std::string id;      // @id, or `<file>:<line>` when none is given
  std::string reason;  // @reason
  std::string domain;  // the file's domain (`global` for the governance layer)
  Span span;
  std::vector<RuleTarget> targets;
  const stdlib::FunctionInfo* mask = nullptr;
  std::vector<Scalar> mask_args;
  std::vector<ExprPtr> when, unless, rows;  // conditions; rows-where predicates
};

// Two masks that cannot be ordered: equal strength, and another function or other arguments.
// `check` rejects such a pair where both can hold (E0414) and the decision core denies the column
// where both do; both ask this one question.
inline bool masks_unorderable(const Rule& a, const Rule& b) {
  if (!a.mask || !b.mask || a.mask->strength != b.mask->strength) return false;
  return a.mask != b.mask || a.mask_args != b.mask_args;
}

}  // namespace custos::ir
