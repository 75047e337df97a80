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
  auto order = ir::rules_in_order(rules);
  std::vector<eval::RuleState> core_states(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    core_states[i].holds = (states.at(i) & kHolds) != 0;
    switch (rows_shape(states[i])) {
      case kRowsFalse: core_states[i].rows = eval::RowsShape::Never; break;
      case kRowsConstant: core_states[i].rows = eval::RowsShape::Always; break;
      case kRowsDepends: core_states[i].rows = eval::RowsShape::ByRow; break;
      default: core_states[i].rows = eval::RowsShape::None;
    }
  }
  eval::CoreDecision d = eval::decide(rules, core_states, eval::requested_columns(p, columns), p);
  auto rule = [&](size_t i) { return order[i]->rule; };
  plan.allowed = d.allowed;
  plan.permits_holding = d.permits.size();
  for (size_t i : d.allowed ? d.permits : d.blockers) plan.access_rules.push_back(rule(i));
  for (size_t i : d.row_rules) plan.row_rules.push_back(rule(i));
  for (size_t i : d.break_glass) plan.break_glass.push_back(rule(i));
  for (const eval::ColumnChoice& cc : d.columns) {
    ColumnDecision cd;
    cd.index = cc.index;
    cd.outcome = cc.outcome;
    cd.unorderable = cc.unorderable;
    for (size_t i : cc.rules) cd.rules.push_back(rule(i));
    for (const eval::MaskPick& m : cc.masks) cd.masks.push_back({rule(m.rule), static_cast<uint32_t>(m.rule), m.by_row});
    plan.columns.push_back(std::move(cd));
  }
  plan.rule_states = std::move(states);
  return plan;
}

CompiledPlan interpreted_plan(const ir::PolicySet& set, size_t product, const std::shared_ptr<const Inputs>& inputs,
                              const std::vector<std::string>& columns, const stdlib::NativeContext& natives) {
  eval::Plan ref = eval::make_plan(set, product, inputs->principal(), inputs->context(), {}, natives);
  // The interpreter's rule states in the plan function's encoding.
  std::vector<uint8_t> states(ref.states.size(), 0);
  for (size_t i = 0; i < states.size(); ++i) {
    uint8_t shape = 0;
    switch (ref.states[i].rows) {
      case eval::RowsShape::Never: shape = kRowsFalse; break;
      case eval::RowsShape::Always: shape = kRowsConstant; break;
      case eval::RowsShape::ByRow: shape = kRowsDepends; break;
      case eval::RowsShape::None: break;
    }
    states[i] = static_cast<uint8_t>((ref.states[i].holds ? kHolds : 0) | (shape << 4));
  }
  CompiledPlan plan = assemble_plan(set, product, std::move(states), columns);
  plan.engine = Engine::Interpreter;
  return plan;
}

}  // namespace custos::jit
