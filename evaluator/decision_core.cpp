// The decision semantics, once (docs/semantics.md, "Table access", "Visible rows", "Columns").
#include "decision_core.h"

#include <algorithm>

namespace custos::eval {

const char* to_string(ColumnOutcome o) {
  switch (o) {
    case ColumnOutcome::Clear: return "clear";
    case ColumnOutcome::Masked: return "masked";
    case ColumnOutcome::Denied: return "denied";
  }
  return "?";
}

bool rule_targets(const ir::RuleRef& ref, const std::string& name) {
  return std::find(ref.columns->begin(), ref.columns->end(), name) != ref.columns->end();
}

AccessParts access_parts(const ir::ProductRules& rules) {
  AccessParts parts;
  const auto order = ir::rules_in_order(rules);
  for (size_t i = 0; i < order.size(); ++i) {
    const ir::Rule& r = *order[i]->rule;
    if (r.kind == ir::RuleKind::Permit) parts.permits.push_back(i);
    if (r.kind == ir::RuleKind::Permit && r.break_glass) parts.break_glass.push_back(i);
    if (r.kind == ir::RuleKind::Forbid && r.rows.empty()) parts.blockers.push_back(i);
  }
  return parts;
}

std::vector<FilterPart> filter_parts(const ir::ProductRules& rules) {
  std::vector<FilterPart> parts;
  const auto order = ir::rules_in_order(rules);
  for (size_t i = 0; i < order.size(); ++i) {
    const ir::Rule& r = *order[i]->rule;
    if (r.kind == ir::RuleKind::Permit) parts.push_back({i, true});
    if (r.kind == ir::RuleKind::Forbid && !r.rows.empty()) parts.push_back({i, false});
  }
  return parts;
}

ColumnRules column_rules(const std::vector<const ir::RuleRef*>& order, const std::string& column) {
  ColumnRules c;
  for (size_t i = 0; i < order.size(); ++i) {
    if (!rule_targets(*order[i], column)) continue;
    if (order[i]->rule->kind == ir::RuleKind::Deny) c.denies.push_back(i);
    if (order[i]->rule->kind == ir::RuleKind::Mask) c.masks.push_back(i);
  }
  for (size_t x = 0; x < c.masks.size(); ++x) {
    for (size_t y = x + 1; y < c.masks.size(); ++y) {
      if (ir::masks_unorderable(*order[c.masks[x]]->rule, *order[c.masks[y]]->rule)) c.unorderable.emplace_back(c.masks[x], c.masks[y]);
    }
  }
  return c;
}

namespace {
// The connectives over known truth values, for the concrete decision.
bool any_of(const std::vector<bool>& xs) { return std::find(xs.begin(), xs.end(), true) != xs.end(); }
bool all_of(const std::vector<bool>& xs) { return std::find(xs.begin(), xs.end(), false) == xs.end(); }
bool negate(bool x) { return !x; }
}  // namespace

std::string access_why(bool allowed, size_t permits_holding, const std::vector<std::string>& blockers) {
  if (allowed) return "permitted by " + std::to_string(permits_holding) + " rule" + (permits_holding == 1 ? "" : "s");
  if (blockers.empty()) return AccessWords::default_deny;
  std::string ids;
  for (size_t i = 0; i < blockers.size(); ++i) ids += (i ? AccessWords::separator : "") + blockers[i];
  return AccessWords::forbidden_by + ids + (permits_holding == 0 ? AccessWords::and_no_permit : "");
}

CoreDecision decide(const ir::ProductRules& rules, const std::vector<RuleState>& states,
                    const std::vector<const Column*>& wanted, const Product& product) {
  CoreDecision d;
  const auto order = ir::rules_in_order(rules);
  auto holds = [&](size_t i) { return states.at(i).holds; };
  const AccessParts access = access_parts(rules);
  for (size_t i : access.permits) {
    if (holds(i)) d.permits.push_back(i);
  }
  for (size_t i : access.blockers) {
    if (holds(i)) d.blockers.push_back(i);
  }
  d.allowed = compose_access<bool>(access, holds, any_of, all_of, negate);
  if (d.allowed) {
    for (size_t i : access.break_glass) {
      // A rule written for several columns lowers to one copy per column, all with its id: name it once.
      auto same_rule = [&](size_t j) { return order[j]->rule->id == order[i]->rule->id; };
      if (holds(i) && std::none_of(d.break_glass.begin(), d.break_glass.end(), same_rule)) d.break_glass.push_back(i);
    }
  }
  if (d.allowed) {
    for (const FilterPart& p : filter_parts(rules)) {
      if (!holds(p.rule)) continue;
      (p.grant ? d.grants : d.hides).push_back(p.rule);
      if (!order[p.rule]->rule->rows.empty()) d.row_rules.push_back(p.rule);
    }
  }
  for (const Column* c : wanted) {
    ColumnChoice cc;
    cc.index = static_cast<size_t>(c - product.columns.data());
    if (!d.allowed) {
      cc.outcome = ColumnOutcome::Denied;
      d.columns.push_back(std::move(cc));
      continue;
    }
    const ColumnRules on_column = column_rules(order, c->name);
    if (compose_column_denied<bool>(on_column, holds, any_of, all_of)) {
      cc.outcome = ColumnOutcome::Denied;
      for (size_t i : on_column.denies) {
        if (holds(i)) cc.rules.push_back(i);
      }
      // Masks that hold and cannot be ordered: never a silent pick (whatever their `rows where`).
      if (cc.rules.empty()) {
        cc.unorderable = true;
        for (const auto& [a, b] : on_column.unorderable) {
          if (!holds(a) || !holds(b)) continue;
          for (size_t i : {a, b}) {
            if (std::find(cc.rules.begin(), cc.rules.end(), i) == cc.rules.end()) cc.rules.push_back(i);
          }
        }
      }
      d.columns.push_back(std::move(cc));
      continue;
    }
    // Walk the masks in order: each that can apply is kept, up to the first that applies on every
    // row (nothing after it can ever mask a value).
    std::vector<size_t> candidates;
    for (size_t i : on_column.masks) {
      if (holds(i) && states[i].rows != RowsShape::Never) candidates.push_back(i);
    }
    for (size_t i : mask_order(order, candidates, [&](size_t m) { return states[m].rows == RowsShape::ByRow; })) {
      const bool by_row = states[i].rows == RowsShape::ByRow;
      cc.masks.push_back({i, by_row});
      cc.rules.push_back(i);
      if (!by_row) break;
    }
    cc.outcome = cc.masks.empty() ? ColumnOutcome::Clear : ColumnOutcome::Masked;
    d.columns.push_back(std::move(cc));
  }
  return d;
}

}  // namespace custos::eval
