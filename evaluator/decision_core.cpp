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

std::vector<std::pair<size_t, size_t>> unorderable_masks(const ir::ProductRules& rules, const std::string& column) {
  auto order = ir::rules_in_order(rules);
  std::vector<size_t> masks;
  for (size_t i = 0; i < order.size(); ++i) {
    if (order[i]->rule->kind == ir::RuleKind::Mask && rule_targets(*order[i], column)) masks.push_back(i);
  }
  std::vector<std::pair<size_t, size_t>> pairs;
  for (size_t x = 0; x < masks.size(); ++x) {
    for (size_t y = x + 1; y < masks.size(); ++y) {
      if (ir::masks_unorderable(*order[masks[x]]->rule, *order[masks[y]]->rule)) pairs.emplace_back(masks[x], masks[y]);
    }
  }
  return pairs;
}

std::string access_why(bool allowed, size_t permits_holding, const std::vector<std::string>& blockers) {
  if (allowed) return "permitted by " + std::to_string(permits_holding) + " rule" + (permits_holding == 1 ? "" : "s");
  if (blockers.empty()) return "no permit holds (default deny)";
  std::string ids;
  for (size_t i = 0; i < blockers.size(); ++i) ids += (i ? ", " : "") + blockers[i];
  return "forbidden by " + ids + (permits_holding == 0 ? " (and no permit holds)" : "");
}

CoreDecision decide(const ir::ProductRules& rules, const std::vector<RuleState>& states,
                    const std::vector<const Column*>& wanted, const Product& product) {
  CoreDecision d;
  auto order = ir::rules_in_order(rules);
  std::vector<size_t> denies, masks;
  for (size_t i = 0; i < order.size(); ++i) {
    if (!states.at(i).holds) continue;
    const ir::Rule& r = *order[i]->rule;
    switch (r.kind) {
      case ir::RuleKind::Permit:
        d.permits.push_back(i);
        d.grants.push_back(i);
        if (!r.rows.empty()) d.row_rules.push_back(i);
        break;
      case ir::RuleKind::Forbid:
        if (r.rows.empty()) {
          d.blockers.push_back(i);
        } else {
          d.hides.push_back(i);
          d.row_rules.push_back(i);
        }
        break;
      case ir::RuleKind::Deny: denies.push_back(i); break;
      case ir::RuleKind::Mask: masks.push_back(i); break;
    }
  }
  d.allowed = !d.permits.empty() && d.blockers.empty();
  if (!d.allowed) {
    d.grants.clear();
    d.hides.clear();
    d.row_rules.clear();
  }
  auto strength = [&](const MaskPick& m) { return order[m.rule]->rule->mask->strength; };
  auto stronger = [&](const MaskPick& a, const MaskPick& b) { return strength(a) > strength(b); };
  for (const Column* c : wanted) {
    ColumnChoice cc;
    cc.index = static_cast<size_t>(c - product.columns.data());
    if (!d.allowed) {
      cc.outcome = ColumnOutcome::Denied;
      d.columns.push_back(std::move(cc));
      continue;
    }
    for (size_t i : denies) {
      if (rule_targets(*order[i], c->name)) cc.rules.push_back(i);
    }
    std::vector<size_t> on_column;
    for (size_t i : masks) {
      if (rule_targets(*order[i], c->name)) on_column.push_back(i);
    }
    // Masks that hold and cannot be ordered: the column is denied (whatever their `rows where`).
    if (cc.rules.empty()) {
      for (size_t x = 0; x < on_column.size(); ++x) {
        for (size_t y = x + 1; y < on_column.size(); ++y) {
          if (!ir::masks_unorderable(*order[on_column[x]]->rule, *order[on_column[y]]->rule)) continue;
          for (size_t i : {on_column[x], on_column[y]}) {
            if (std::find(cc.rules.begin(), cc.rules.end(), i) == cc.rules.end()) cc.rules.push_back(i);
          }
        }
      }
      cc.unorderable = !cc.rules.empty();
    }
    if (!cc.rules.empty()) {
      cc.outcome = ColumnOutcome::Denied;
      d.columns.push_back(std::move(cc));
      continue;
    }
    // The strictest row-independent mask, and the row-dependent ones stricter than it.
    std::vector<MaskPick> fixed, by_row;
    for (size_t i : on_column) {
      RowsShape shape = states[i].rows;
      if (shape == RowsShape::Never) continue;
      MaskPick m{i, shape == RowsShape::ByRow};
      (m.by_row ? by_row : fixed).push_back(m);
    }
    std::stable_sort(fixed.begin(), fixed.end(), stronger);
    std::stable_sort(by_row.begin(), by_row.end(), stronger);
    int floor = fixed.empty() ? -1 : strength(fixed.front());
    if (!fixed.empty()) cc.masks.push_back(fixed.front());
    for (const auto& m : by_row) {
      if (strength(m) > floor) cc.masks.push_back(m);
    }
    std::stable_sort(cc.masks.begin(), cc.masks.end(), stronger);
    for (const auto& m : cc.masks) cc.rules.push_back(m.rule);
    cc.outcome = cc.masks.empty() ? ColumnOutcome::Clear : ColumnOutcome::Masked;
    d.columns.push_back(std::move(cc));
  }
  return d;
}

}  // namespace custos::eval
