// The decision IR: the checked program with its rules indexed by product and kind, the single
// input of the interpreter (and later the JIT and the SQL emitters). Built once, read-only after.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/program.h"

namespace custos::ir {

struct RuleRef {
  const ir::Rule* rule;
  const std::vector<std::string>* columns;  // mask / deny: the columns of this product it targets
};

struct ProductRules {
  std::vector<RuleRef> permits, forbids, masks, denies;
};

struct PolicySet {
  const Mesh* mesh = nullptr;
  sema::Program program;
  std::vector<ProductRules> products;  // parallel to mesh->products

  const ProductRules& rules_for(size_t product) const { return products.at(product); }
};

PolicySet lower(const Mesh& mesh, sema::Program program);

// A product's rules in the one order every engine indexes rule states by: permits, forbids,
// denies, masks, each in source order.
std::vector<const RuleRef*> rules_in_order(const ProductRules& rules);

// For one product: each attribute (kind Principal or Context) or column (kind Column) that its
// rules read, with the ids of the rules that read it, in source order.
std::map<std::string, std::vector<std::string>> rules_reading(const PolicySet& set, size_t product, ir::ExprKind kind);

// The first rule (in source order) whose mask needs the `hash` key, or nullptr when none does:
// whoever computes or emits this set's masks (or one product's, when given) needs a key exactly
// when this is not null.
const ir::Rule* first_keyed_rule(const PolicySet& set, std::optional<size_t> product = std::nullopt);

}  // namespace custos::ir
