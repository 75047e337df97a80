// Lowering the checked program into per-product rule lists (rule order is source order).
#include "ir/policy_set.h"

namespace custos::ir {

PolicySet lower(const Mesh& mesh, sema::Program program) {
  PolicySet set;
  set.mesh = &mesh;
  set.program = std::move(program);
  set.products.resize(mesh.products.size());
  for (const auto& rule : set.program.rules) {
    for (const auto& target : rule.targets) {
      ProductRules& pr = set.products[target.product];
      RuleRef ref{&rule, &target.columns};
      switch (rule.kind) {
        case ast::RuleKind::Permit: pr.permits.push_back(ref); break;
        case ast::RuleKind::Forbid: pr.forbids.push_back(ref); break;
        case ast::RuleKind::Mask: pr.masks.push_back(ref); break;
        case ast::RuleKind::Deny: pr.denies.push_back(ref); break;
      }
    }
  }
  return set;
}

const sema::BoundRule* first_keyed_rule(const PolicySet& set, std::optional<size_t> product) {
  if (product) {
    for (const auto& ref : set.rules_for(*product).masks) {
      if (ref.rule->mask && ref.rule->mask->needs_key) return ref.rule;
    }
    return nullptr;
  }
  for (const auto& rule : set.program.rules) {
    if (rule.mask && rule.mask->needs_key) return &rule;
  }
  return nullptr;
}

}  // namespace custos::ir
