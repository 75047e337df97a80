// Plans from rule states: table access, row rules, column outcomes and mask choices. Both engines
// produce rule states (the JIT's plan function, or the interpreter) and share this assembly.
#include <algorithm>

#include "codegen.h"
#include "compiled_policy_set.h"

namespace custos::jit {

CompiledPlan assemble_plan(const ir::PolicySet& set, size_t product, std::vector<uint8_t> states,
                           const std::vector<std::string>& columns) {
  CompiledPlan plan;
  plan.product = product;
  const Product& p = set.mesh->products.at(product);
  const ir::ProductRules& rules = set.rules_for(product);
  auto holds = [&](size_t i) { return (states.at(i) & kHolds) != 0; };

  size_t i = 0;
  std::vector<const sema::BoundRule*> permits, blockers;
  for (const auto& ref : rules.permits) {
    if (holds(i++)) {
      permits.push_back(ref.rule);
      if (!ref.rule->rows.empty()) plan.row_rules.push_back(ref.rule);
    }
  }
  for (const auto& ref : rules.forbids) {
    if (holds(i++)) (ref.rule->rows.empty() ? blockers : plan.row_rules).push_back(ref.rule);
  }
  plan.allowed = !permits.empty() && blockers.empty();
  plan.permits_holding = permits.size();
  plan.access_rules = plan.allowed ? permits : blockers;
  if (!plan.allowed) plan.row_rules.clear();

  std::vector<const ir::RuleRef*> denies;
  for (const auto& ref : rules.denies) {
    if (holds(i++)) denies.push_back(&ref);
  }
  std::vector<std::pair<const ir::RuleRef*, uint32_t>> masks;
  for (const auto& ref : rules.masks) {
    if (holds(i)) masks.emplace_back(&ref, static_cast<uint32_t>(i));
    ++i;
  }

  std::vector<const Column*> wanted = eval::requested_columns(p, columns);
  auto targets = [](const ir::RuleRef* ref, const std::string& col) { return eval::rule_targets(*ref, col); };
  auto stronger = [](const MaskChoice& a, const MaskChoice& b) { return a.rule->mask->strength > b.rule->mask->strength; };
  for (const Column* c : wanted) {
    ColumnDecision cd;
    cd.index = static_cast<size_t>(c - p.columns.data());
    if (!plan.allowed) {
      cd.outcome = eval::ColumnOutcome::Denied;
      plan.columns.push_back(std::move(cd));
      continue;
    }
    for (const auto* ref : denies) {
      if (targets(ref, c->name)) cd.rules.push_back(ref->rule);
    }
    if (!cd.rules.empty()) {
      cd.outcome = eval::ColumnOutcome::Denied;
      plan.columns.push_back(std::move(cd));
      continue;
    }
    std::vector<MaskChoice> fixed, by_row;
    for (const auto& [ref, index] : masks) {
      if (!targets(ref, c->name)) continue;
      uint8_t shape = rows_shape(states[index]);
      if (shape == kRowsFalse) continue;  // never applies
      MaskChoice m{ref->rule, index, shape == kRowsDepends};
      (m.by_row ? by_row : fixed).push_back(m);
    }
    std::stable_sort(fixed.begin(), fixed.end(), stronger);
    std::stable_sort(by_row.begin(), by_row.end(), stronger);
    int floor = fixed.empty() ? -1 : fixed.front().rule->mask->strength;
    if (!fixed.empty()) cd.masks.push_back(fixed.front());
    for (const auto& m : by_row) {
      if (m.rule->mask->strength > floor) cd.masks.push_back(m);
    }
    std::stable_sort(cd.masks.begin(), cd.masks.end(), stronger);
    for (const auto& m : cd.masks) cd.rules.push_back(m.rule);
    cd.outcome = cd.masks.empty() ? eval::ColumnOutcome::Clear : eval::ColumnOutcome::Masked;
    plan.columns.push_back(std::move(cd));
  }
  plan.rule_states = std::move(states);
  return plan;
}

CompiledPlan interpreted_plan(const ir::PolicySet& set, size_t product, const std::shared_ptr<const Inputs>& inputs,
                              const std::vector<std::string>& columns, const stdlib::NativeContext& natives) {
  const Product& p = set.mesh->products.at(product);
  eval::Env env{&inputs->principal(), &inputs->context(), &p, nullptr, &natives};
  eval::Plan ref = eval::make_plan(set, product, inputs->principal(), inputs->context(), {}, natives);
  auto order = rules_in_order(set.rules_for(product));
  std::vector<uint8_t> states(order.size(), 0);
  for (size_t i = 0; i < order.size(); ++i) {
    const sema::BoundRule& r = *order[i]->rule;
    states[i] = ref.trace.at(i).holds ? kHolds : 0;
    if (r.kind == ast::RuleKind::Mask && !r.rows.empty()) {
      std::vector<sema::BoundPtr> parts;
      for (const auto& e : r.rows) parts.push_back(eval::residualize(*e, env));
      auto k = eval::constant_value(*eval::make_and(std::move(parts)));
      uint8_t shape = !k ? kRowsDepends : (k->is_false() ? kRowsFalse : kRowsConstant);
      states[i] = static_cast<uint8_t>(states[i] | (shape << 4));
    }
  }
  CompiledPlan plan = assemble_plan(set, product, std::move(states), columns);
  plan.engine = Engine::Interpreter;
  plan.inputs = inputs;
  return plan;
}

}  // namespace custos::jit
