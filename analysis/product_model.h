// One product's decision over a symbolic request: table access, whether the row is visible, and
// for each column how protected its value is on that row. Composed by the decision core
// (evaluator/decision_core.h) over SMT terms, exactly as the interpreter composes it over values.
#pragma once

#include <string>
#include <vector>

#include "ir/policy_set.h"
#include "symbolic.h"

namespace custos::analysis {

// A column's protection on one row, as an integer order: clear (0) < a mask, by its strength
// (1..100) < denied. `mask` says which mask (an index into MaskTable, 0 for none).
inline constexpr int kClearLevel = 0;
inline constexpr int kDeniedLevel = 1000;

// The distinct masks (function and arguments) of both versions, numbered from 1.
class MaskTable {
 public:
  int id(const ir::Rule& rule);
  std::string describe(int id) const;  // "hash", "show_last(4)"

 private:
  std::vector<std::pair<const stdlib::FunctionInfo*, std::vector<Scalar>>> masks_;
};

struct ColumnModel {
  std::string name;
  z3::expr level, mask;
  z3::expr level_with_access, mask_with_access;  // the same for a reader who has table access
};

struct ProductModel {
  bool exists = false;  // false: the product is not in this version (nothing is readable)
  z3::expr access, visible;
  z3::expr filter;  // the row filter is true on the row (what `visible` is with table access)
  std::vector<ColumnModel> columns;

  explicit ProductModel(z3::context& z) : access(z.bool_val(false)), visible(z.bool_val(false)), filter(z.bool_val(false)) {}
  const ColumnModel* column(const std::string& name) const;
};

// Throws Unsupported (with the rule's construct) when a rule cannot be encoded exactly.
ProductModel model_product(const ir::PolicySet& set, size_t product, World& world, MaskTable& masks);

// A text that changes exactly when something the product's decisions read changes: its columns,
// its rules' kinds, conditions and masks, and the attribute declarations (rule ids, spans, reasons
// and formatting are left out).
std::string decision_fingerprint(const ir::PolicySet& set, size_t product);
// The same for one rule as indexed under a product: its kind, mask, columns and conditions.
std::string rule_fingerprint(const ir::RuleRef& ref);

}  // namespace custos::analysis
