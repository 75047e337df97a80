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
  // A rule that reads `product.*` / `column.*` is bound once per target (per column when it reads
  // `column.*`): each copy decides its one target with those names replaced by their values,
  // listed here for `explain` (`product.domain = "crm"`). `copy` numbers the copies of one
  // source rule (0 for the first, and for a rule that is not copied).
  std::vector<std::string> bound;
  uint32_t copy = 0;
  // `@break_glass`: a permit that holds only with a stated justification (`context.justification`,
  // added to its `when`); every decision it grants is logged with the justification and a marker.
  bool break_glass = false;
};

// A deep copy (ir/build.cpp).
Rule clone(const Rule& r);

// An invariant (`assert ...`), checked: `custos check` proves it over every principal, context and
// row (analysis/assertions.h); the engines never read it.
struct Assertion {
  AssertKind kind;
  std::string id;      // @id, or `<domain>:<line>`
  std::string reason;  // @reason
  Span span;  // from `assert` to what it states (`... denied`), where its diagnostics point
  Span outcome_span;
  // Where the assertion applies, as a rule: its targets, and its `when` / `unless` read with a
  // rule's meaning (docs/semantics.md). A ceiling (denied, masked, rows where) is a `forbid`: it
  // applies unless its conditions certainly exempt the request, so an unknown never escapes it; a
  // floor (readable, clear) is a `permit`: it applies only where its conditions certainly hold.
  Rule applies;
  ExprPtr rows;  // RowsWhere: the predicate every visible row must certainly satisfy
};

// Two masks that cannot be ordered: equal strength, and another function or other arguments.
// `check` rejects such a pair where both can hold (E0414) and the decision core denies the column
// where both do; both ask this one question.
inline bool masks_unorderable(const Rule& a, const Rule& b) {
  if (!a.mask || !b.mask || a.mask->strength != b.mask->strength) return false;
  return a.mask != b.mask || a.mask_args != b.mask_args;
}

}  // namespace custos::ir
