// `custos who-can`: the exact condition over principal and context attributes under which a
// product is readable, which of its rows are visible, and when each column is clear, masked (by
// which mask) or denied, simplified into readable expressions with the rules behind each part.
// Proven equal to the decision model (analysis/product_model.h) by the solver before it is shown.
// The public face of analysis/: no Z3 type appears here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ir/policy_set.h"

namespace custos::analysis {

struct RuleLink {
  std::string id, kind, location;  // location: file:line:col
  std::string version;             // in a `custos diff` region: "old" or "new"
};

// A condition laid out for reading: a leaf is one expression in policy syntax; the other nodes
// combine their parts. A part that comes from one rule names it.
struct ConditionNode {
  enum class Op { Leaf, Any, All, None };
  Op op = Op::Leaf;
  std::string text;  // Leaf
  std::optional<RuleLink> rule;
  std::vector<ConditionNode> kids;
};
const char* to_string(ConditionNode::Op op);  // "any of", "all of", "none of"

struct Condition {
  enum class Verdict { Never, Always, When, Unknown };
  Verdict verdict = Verdict::Unknown;
  ConditionNode tree;            // When
  std::string text;              // When: the whole condition on one line
  std::string unknown;           // Unknown: why (with the construct's location when there is one)
  std::vector<RuleLink> rules;   // every rule named in the tree, in order of appearance
};
const char* to_string(Condition::Verdict v);  // "never", "always", "when", "unknown"

struct MaskedCondition {
  std::string mask;  // "hash", "show_last(4)"
  Condition when;
};

struct ColumnAccess {
  std::string name;
  std::vector<std::string> tags;
  bool sensitive = false;  // tagged or classified as the mesh's `sensitive` says
  bool has_rules = false;  // some mask or deny targets it; without one it is clear wherever the table is readable
  // Given table access (and, for a mask with `rows where`, on a row):
  Condition clear, denied;
  std::vector<MaskedCondition> masked;  // one per distinct mask that can apply
};

struct ProductAccess {
  std::string product;
  Condition readable;                // table access
  std::optional<Condition> rows;     // given access: the rows visible (asked for)
  std::vector<ColumnAccess> columns;  // the columns asked for
};

struct WhoCanOptions {
  const SourceMap* sources = nullptr;
  bool rows = false;
  std::vector<std::string> columns;  // empty: every column with rules, and every sensitive column
  unsigned timeout_ms = 30000;       // per solver question that decides a condition
  unsigned simplify_ms = 5000;       // the budget for simplifying one condition (it stays exact without)
  unsigned step_ms = 1000;           // per simplification step
};

// Throws std::invalid_argument for a column the product does not have.
ProductAccess who_can(const ir::PolicySet& set, size_t product, const WhoCanOptions& options);

}  // namespace custos::analysis
