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

}  // namespace custos::ir
