// Lowering the checked program into per-product rule lists (rule order is source order).
#include "ir/policy_set.h"

#include <algorithm>
#include <stdexcept>

#include "ir/verify.h"

namespace custos::ir {

std::vector<const RuleRef*> rules_in_order(const ProductRules& rules) {
  std::vector<const RuleRef*> out;
  for (const auto* list : {&rules.permits, &rules.forbids, &rules.denies, &rules.masks}) {
    for (const auto& r : *list) out.push_back(&r);
  }
  return out;
}

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
        case ir::RuleKind::Permit: pr.permits.push_back(ref); break;
        case ir::RuleKind::Forbid: pr.forbids.push_back(ref); break;
        case ir::RuleKind::Mask: pr.masks.push_back(ref); break;
        case ir::RuleKind::Deny: pr.denies.push_back(ref); break;
      }
    }
  }
  if (auto problems = verify(set); !problems.empty()) {
    std::string text = "internal error: lowering produced malformed IR (please report this):";
    for (const auto& p : problems) text += "\n  " + p;
    throw std::logic_error(text);
  }
  return set;
}

namespace {
void collect(const ir::Expr& e, ir::ExprKind kind, std::vector<std::string>& names) {
  if (e.kind() == kind) names.push_back(e.name());
  for (const auto& k : e.kids) collect(*k, kind, names);
}
}  // namespace

std::map<std::string, std::vector<std::string>> rules_reading(const PolicySet& set, size_t product, ir::ExprKind kind) {
  std::map<std::string, std::vector<std::string>> out;
  const ProductRules& pr = set.rules_for(product);
  std::vector<const ir::Rule*> rules;
  for (const auto* list : {&pr.permits, &pr.forbids, &pr.masks, &pr.denies}) {
    for (const auto& ref : *list) rules.push_back(ref.rule);
  }
  std::sort(rules.begin(), rules.end());  // source order: rules live in one vector
  rules.erase(std::unique(rules.begin(), rules.end()), rules.end());
  for (const ir::Rule* rule : rules) {
    std::vector<std::string> names;
    for (const auto* conds : {&rule->when, &rule->unless, &rule->rows}) {
      for (const auto& c : *conds) collect(*c, kind, names);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    // A rule bound once per target (per column) reads through each copy: named once.
    for (const auto& n : names) {
      auto& ids = out[n];
      if (std::find(ids.begin(), ids.end(), rule->id) == ids.end()) ids.push_back(rule->id);
    }
  }
  return out;
}

const ir::Rule* first_keyed_rule(const PolicySet& set, std::optional<size_t> product) {
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
