// A product's decision as readable formulas (analysis/condition.h), composed by the decision core
// exactly as analysis/product_model.h composes it over SMT terms: where the product is readable,
// where a row is visible, where each column is denied, clear or masked by each mask. Both
// `custos who-can` and the regions of `custos diff` findings are built from these.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "condition.h"
#include "ir/policy_set.h"
#include "product_model.h"

namespace custos::analysis {

struct MaskedFormula {
  int mask = 0;      // MaskTable id
  int strength = 0;  // its strength (the column's protection level when it masks)
  Formula where;     // given table access: where it is the mask that masks the value
};

// Given table access.
struct ColumnFormulas {
  Formula denied, clear;
  std::vector<MaskedFormula> masked;  // one per distinct mask, strictest first
};

class ProductFormulas {
 public:
  // Rules are tagged with their position in ir::rules_in_order plus `tag_base` (so that formulas
  // of two versions can be told apart).
  ProductFormulas(const ir::PolicySet& set, size_t product, int tag_base = 0);

  const Product& product() const { return product_; }
  const std::vector<const ir::RuleRef*>& order() const { return order_; }
  // The rule a tag of these formulas names, or nullptr.
  const ir::Rule* rule(int tag) const;

  Formula readable() const;
  Formula rows() const;  // given table access: the row filter is true on the row
  // Given table access. `masks` numbers the distinct masks (shared by both versions in a diff).
  ColumnFormulas column(const std::string& name, MaskTable& masks) const;

 private:
  Formula holds(size_t i) const { return holds_.at(i); }
  Formula applies(size_t i) const;  // a mask: holds, and its `rows where` is not false on the row

  const ir::PolicySet& set_;
  const Product& product_;
  size_t index_;
  int tag_base_;
  std::vector<const ir::RuleRef*> order_;
  std::vector<Formula> holds_;
  std::vector<std::optional<Formula>> rows_true_, rows_maybe_;
};

}  // namespace custos::analysis
