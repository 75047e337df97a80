// Stage 1 of a decision: for one (principal, context, product), the table access, the outcome of
// each column and the residual row predicates, with the rules behind each part.
#pragma once

#include <string>
#include <vector>

#include "decision_core.h"
#include "eval_expr.h"
#include "ir/policy_set.h"

namespace custos::eval {


struct MaskUse {
  const stdlib::FunctionInfo* fn = nullptr;
  std::vector<Scalar> args;
  std::string rule_id;
  ir::ExprPtr predicate;  // row-dependent masks: where it applies (residual); null otherwise
  bool by_row = false;       // applies only on some rows (set by every engine, unlike `predicate`)
};

struct ColumnPlan {
  std::string name;
  size_t index = 0;  // position in the product's columns
  ColumnOutcome outcome = ColumnOutcome::Clear;
  std::vector<std::string> rules;  // the deny or mask rules that decided it
  bool unorderable = false;        // denied because masks that cannot be ordered both hold
  // Masks that may apply: the strongest row-independent one (if any) and row-dependent ones
  // that are stricter than it, strongest first.
  std::vector<MaskUse> masks;
  // The mask reported for the column: the strictest that can apply.
  const stdlib::FunctionInfo* mask() const { return masks.empty() ? nullptr : masks.front().fn; }
};

// Why a rule did or did not hold, for `custos explain`.
struct RuleTrace {
  std::string id;
  ir::RuleKind kind;
  bool holds = false;
  std::string why;
  std::string reason;  // @reason
  Span span;
};

struct Plan {
  const Product* product = nullptr;
  bool allowed = false;
  std::vector<std::string> access_rules;  // holding permits if allowed, else the blocking forbids
  std::string access_why;
  std::vector<ColumnPlan> columns;
  ir::ExprPtr row_filter;  // residual predicate; a row is visible when it is true
  std::vector<std::string> row_rules;  // holding rules whose `rows where` shape the filter
  std::vector<std::string> break_glass;  // holding @break_glass permits that granted access
  std::vector<RuleTrace> trace;
  std::vector<RuleState> states;  // each rule's stage-1 state, indexed like ir::rules_in_order
};

// The product's columns a plan is asked for: `columns` empty means all, in contract order;
// unknown names are skipped (callers validate them first).
std::vector<const Column*> requested_columns(const Product& p, const std::vector<std::string>& columns);

// Stage 1 for one rule: whether it holds on the request (the decision core's
// compose_rule_holds), and why, naming the first condition that disproves it or leaves it in doubt.
RuleTrace decide_rule(const ir::Rule& r, const Env& env);

// `columns` empty means every column of the product, in contract order.
Plan make_plan(const ir::PolicySet& set, size_t product, const Attributes& principal, const Attributes& context,
               const std::vector<std::string>& columns, const stdlib::NativeContext& natives);

// The IR verifier over a plan's residuals (the row filter and every mask predicate): empty when
// they are well formed. Tests run it on every plan they compare.
std::vector<std::string> verify_residuals(const Plan& plan, const Mesh& mesh);

// Stage 2, per row.
bool row_visible(const Plan& plan, const std::vector<Scalar>& row, const stdlib::NativeContext& natives);
// The mask that masks a non-denied column's value on a row (the first of its masks that applies
// there), or nullptr when the value is shown in clear.
const MaskUse* applied_mask(const Plan& plan, const ColumnPlan& column, const std::vector<Scalar>& row,
                            const stdlib::NativeContext& natives);
// The value of a non-denied column on a visible row, after masking.
Scalar column_value(const Plan& plan, const ColumnPlan& column, const std::vector<Scalar>& row,
                    const stdlib::NativeContext& natives);

}  // namespace custos::eval
