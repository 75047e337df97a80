// Building plans: which rules hold (fail closed), table access, column outcomes, row filter.
#include "plan.h"

#include <algorithm>

#include "functions.h"

namespace custos::eval {

const char* to_string(ColumnOutcome o) {
  switch (o) {
    case ColumnOutcome::Clear: return "clear";
    case ColumnOutcome::Masked: return "masked";
    case ColumnOutcome::Denied: return "denied";
  }
  return "?";
}

namespace {

std::string where(const sema::BoundExpr& e) { return std::to_string(e.span.line) + ":" + std::to_string(e.span.col); }

std::string shown(const Scalar& s) {
  if (is_null(s)) return "null";
  if (const auto* text = std::get_if<std::string>(&s)) {
    std::string t = text->size() > 60 ? text->substr(0, 60) + "..." : *text;
    return "\"" + t + "\"";
  }
  return to_text(s);
}

std::string shown(const Val& v) {
  if (v.is_error()) return "an error";
  if (v.kind == Val::Kind::Atom) return shown(v.scalar);
  std::string out = "{";
  for (size_t i = 0; i < v.items->size() && i < 6; ++i) out += (i ? ", " : "") + shown((*v.items)[i]);
  if (v.items->size() > 6) out += ", ... (" + std::to_string(v.items->size()) + " in all)";
  return out + "}";
}

void attributes_in(const sema::BoundExpr& e, std::vector<const sema::BoundExpr*>& out) {
  if (e.kind == sema::BoundKind::Principal || e.kind == sema::BoundKind::Context) {
    for (const auto* seen : out) {
      if (seen->kind == e.kind && seen->name == e.name) return;
    }
    out.push_back(&e);
  }
  for (const auto& k : e.kids) attributes_in(*k, out);
}

// " (principal.clearance = 2, context.purposes missing)": the attribute values conditions read.
std::string values_read(const std::vector<const sema::BoundExpr*>& exprs, const Env& env) {
  std::vector<const sema::BoundExpr*> attrs;
  for (const auto* e : exprs) attributes_in(*e, attrs);
  if (attrs.empty()) return "";
  std::string out = " (";
  for (size_t i = 0; i < attrs.size(); ++i) {
    bool principal = attrs[i]->kind == sema::BoundKind::Principal;
    const Attributes* side = principal ? env.principal : env.context;
    const Val* v = side ? side->find(attrs[i]->name) : nullptr;
    out += (i ? ", " : "") + std::string(principal ? "principal." : "context.") + attrs[i]->name +
           (v ? " = " + shown(*v) : " missing");
  }
  return out + ")";
}
std::string values_read(const sema::BoundExpr& e, const Env& env) { return values_read({&e}, env); }

// Permits hold only when proven; restrictions hold unless proven inapplicable.
RuleTrace decide(const sema::BoundRule& r, const Env& env) {
  RuleTrace t{r.id, r.kind, false, "", r.reason, r.span};
  bool permit = r.kind == ast::RuleKind::Permit;
  std::string doubt;
  for (const auto& w : r.when) {
    Truth v = truth(evaluate(*w, env));
    if (v == Truth::False) {
      t.why = "`when` at " + where(*w) + " is false" + values_read(*w, env);
      return t;
    }
    if (v != Truth::True && doubt.empty()) doubt = "`when` at " + where(*w) + " is " + to_string(v) + values_read(*w, env);
  }
  for (const auto& u : r.unless) {
    Truth v = truth(evaluate(*u, env));
    if (v == Truth::True) {
      t.why = "`unless` at " + where(*u) + " is true" + values_read(*u, env);
      return t;
    }
    if (v != Truth::False && doubt.empty()) doubt = "`unless` at " + where(*u) + " is " + to_string(v) + values_read(*u, env);
  }
  if (permit && !doubt.empty()) {
    t.why = doubt + ", and a permit needs certainty";
    return t;
  }
  t.holds = true;
  std::vector<const sema::BoundExpr*> all;
  for (const auto* conds : {&r.when, &r.unless}) {
    for (const auto& c : *conds) all.push_back(c.get());
  }
  t.why = doubt.empty() ? "its conditions hold" + values_read(all, env) : doubt + ", so it applies (fail closed)";
  return t;
}

sema::BoundPtr rows_predicate(const sema::BoundRule& r, const Env& env) {
  std::vector<sema::BoundPtr> parts;
  for (const auto& p : r.rows) parts.push_back(residualize(*p, env));
  return make_and(std::move(parts));
}

}  // namespace

std::vector<const Column*> requested_columns(const Product& p, const std::vector<std::string>& columns) {
  std::vector<const Column*> wanted;
  if (columns.empty()) {
    for (const auto& c : p.columns) wanted.push_back(&c);
  } else {
    for (const auto& n : columns) {
      if (const Column* c = p.find_column(n)) wanted.push_back(c);
    }
  }
  return wanted;
}

bool rule_targets(const ir::RuleRef& ref, const std::string& name) {
  return std::find(ref.columns->begin(), ref.columns->end(), name) != ref.columns->end();
}

Plan make_plan(const ir::PolicySet& set, size_t product, const Attributes& principal, const Attributes& context,
               const std::vector<std::string>& columns, const stdlib::NativeContext& natives) {
  Plan plan;
  const Product& p = set.mesh->products.at(product);
  plan.product = &p;
  // The product lets residual predicates resolve column indices once; there is no row yet.
  Env env{&principal, &context, &p, nullptr, &natives};
  const ir::ProductRules& rules = set.rules_for(product);

  // Table access and the row filter.
  std::vector<sema::BoundPtr> grants, hides;
  std::vector<std::string> permits, blockers;
  for (const auto& ref : rules.permits) {
    RuleTrace t = decide(*ref.rule, env);
    if (t.holds) {
      permits.push_back(ref.rule->id);
      grants.push_back(rows_predicate(*ref.rule, env));
      if (!ref.rule->rows.empty()) plan.row_rules.push_back(ref.rule->id);
    }
    plan.trace.push_back(std::move(t));
  }
  for (const auto& ref : rules.forbids) {
    RuleTrace t = decide(*ref.rule, env);
    if (t.holds) {
      if (ref.rule->rows.empty()) {
        blockers.push_back(ref.rule->id);
      } else {
        hides.push_back(rows_predicate(*ref.rule, env));
        plan.row_rules.push_back(ref.rule->id);
      }
    }
    plan.trace.push_back(std::move(t));
  }
  plan.allowed = !permits.empty() && blockers.empty();
  if (plan.allowed) {
    plan.access_rules = permits;
    plan.access_why = "permitted by " + std::to_string(permits.size()) + " rule" + (permits.size() == 1 ? "" : "s");
    std::vector<sema::BoundPtr> both;
    both.push_back(make_or(std::move(grants)));
    both.push_back(make_not(make_or(std::move(hides))));
    plan.row_filter = make_and(std::move(both));
  } else {
    plan.access_rules = blockers;
    // Name what decided: a forbid overrides whatever permits hold; without one, the default.
    std::string ids;
    for (size_t i = 0; i < blockers.size(); ++i) ids += (i ? ", " : "") + blockers[i];
    plan.access_why = !blockers.empty() ? "forbidden by " + ids + (permits.empty() ? " (and no permit holds)" : "")
                                        : "no permit holds (default deny)";
    plan.row_filter = make_bool(false);
    plan.row_rules.clear();
  }

  // Column rules that hold.
  std::vector<const ir::RuleRef*> denies, masks;
  for (const auto& ref : rules.denies) {
    RuleTrace t = decide(*ref.rule, env);
    if (t.holds) denies.push_back(&ref);
    plan.trace.push_back(std::move(t));
  }
  for (const auto& ref : rules.masks) {
    RuleTrace t = decide(*ref.rule, env);
    if (t.holds) masks.push_back(&ref);
    plan.trace.push_back(std::move(t));
  }

  std::vector<const Column*> wanted = requested_columns(p, columns);
  auto targets = [](const ir::RuleRef* ref, const std::string& col) { return rule_targets(*ref, col); };
  for (const Column* c : wanted) {
    ColumnPlan cp;
    cp.name = c->name;
    cp.index = static_cast<size_t>(c - p.columns.data());
    if (!plan.allowed) {
      cp.outcome = ColumnOutcome::Denied;
      plan.columns.push_back(std::move(cp));
      continue;
    }
    for (const auto* ref : denies) {
      if (targets(ref, c->name)) cp.rules.push_back(ref->rule->id);
    }
    if (!cp.rules.empty()) {
      cp.outcome = ColumnOutcome::Denied;
      plan.columns.push_back(std::move(cp));
      continue;
    }
    std::vector<MaskUse> fixed, by_row;
    for (const auto* ref : masks) {
      if (!targets(ref, c->name)) continue;
      MaskUse use{ref->rule->mask, ref->rule->mask_args, ref->rule->id, nullptr};
      if (!ref->rule->rows.empty()) {
        use.predicate = rows_predicate(*ref->rule, env);
        auto k = constant_value(*use.predicate);
        if (k && k->is_false()) continue;       // never applies
        if (k) use.predicate.reset();           // true, unknown or error: always applies
        use.by_row = use.predicate != nullptr;
      }
      (use.predicate ? by_row : fixed).push_back(std::move(use));
    }
    auto stronger = [](const MaskUse& a, const MaskUse& b) { return a.fn->strength > b.fn->strength; };
    std::stable_sort(fixed.begin(), fixed.end(), stronger);
    std::stable_sort(by_row.begin(), by_row.end(), stronger);
    int floor = fixed.empty() ? -1 : fixed.front().fn->strength;
    if (!fixed.empty()) cp.masks.push_back(std::move(fixed.front()));
    for (auto& m : by_row) {
      if (m.fn->strength > floor) cp.masks.push_back(std::move(m));
    }
    std::stable_sort(cp.masks.begin(), cp.masks.end(), stronger);
    for (const auto& m : cp.masks) cp.rules.push_back(m.rule_id);
    cp.outcome = cp.masks.empty() ? ColumnOutcome::Clear : ColumnOutcome::Masked;
    plan.columns.push_back(std::move(cp));
  }
  return plan;
}

bool row_visible(const Plan& plan, const std::vector<Scalar>& row, const stdlib::NativeContext& natives) {
  if (!plan.allowed || !plan.row_filter) return false;
  Env env{nullptr, nullptr, plan.product, &row, &natives};
  return evaluate(*plan.row_filter, env).is_true();
}

Scalar column_value(const Plan& plan, const ColumnPlan& column, const std::vector<Scalar>& row,
                    const stdlib::NativeContext& natives) {
  if (column.outcome == ColumnOutcome::Denied) return Null{};
  const Scalar& value = column.index < row.size() ? row[column.index] : Scalar{Null{}};
  Env env{nullptr, nullptr, plan.product, &row, &natives};
  // Masks are ordered strongest first: the first that applies on this row wins.
  for (const auto& m : column.masks) {
    if (m.predicate && evaluate(*m.predicate, env).is_false()) continue;
    if (is_null(value) && m.fn->null_in_null_out) return Null{};
    std::vector<Scalar> args{value};
    args.insert(args.end(), m.args.begin(), m.args.end());
    auto r = m.fn->impl(args, natives);
    return r ? *r : Scalar{Null{}};
  }
  return value;
}

}  // namespace custos::eval
