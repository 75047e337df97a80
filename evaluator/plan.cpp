// Building plans: which rules hold (fail closed), table access, column outcomes, row filter.
#include "ir/build.h"
#include "ir/verify.h"
#include "plan.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "functions.h"
#include "support/names.h"

namespace custos::eval {

namespace {

std::string where(const ir::Expr& e) { return std::to_string(e.span.line) + ":" + std::to_string(e.span.col); }

std::string shown(const Scalar& s) {
  if (is_null(s)) return "null";
  if (const auto* text = std::get_if<std::string>(&s)) {
    // Values come from requests: shown escaped, so that no control character reaches a terminal.
    std::string t = text->size() > 60 ? text->substr(0, 60) + "..." : *text;
    return "\"" + printable(t) + "\"";
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

void attributes_in(const ir::Expr& e, std::vector<const ir::Expr*>& out) {
  if (e.kind() == ir::ExprKind::Principal || e.kind() == ir::ExprKind::Context) {
    for (const auto* seen : out) {
      if (seen->kind() == e.kind() && seen->name() == e.name()) return;
    }
    out.push_back(&e);
  }
  for (const auto& k : e.kids) attributes_in(*k, out);
}

// " (principal.clearance = 2, context.purposes missing)": the attribute values conditions read.
std::string values_read(const std::vector<const ir::Expr*>& exprs, const Env& env) {
  std::vector<const ir::Expr*> attrs;
  for (const auto* e : exprs) attributes_in(*e, attrs);
  if (attrs.empty()) return "";
  std::string out = " (";
  for (size_t i = 0; i < attrs.size(); ++i) {
    bool principal = attrs[i]->kind() == ir::ExprKind::Principal;
    const Attributes* side = principal ? env.principal : env.context;
    const Val* v = side ? side->find(attrs[i]->name()) : nullptr;
    out += (i ? ", " : "") + std::string(principal ? "principal." : "context.") + attrs[i]->name() +
           (v ? " = " + shown(*v) : " missing");
  }
  return out + ")";
}
std::string values_read(const ir::Expr& e, const Env& env) { return values_read({&e}, env); }

// Why `e` is an error: the innermost sub-expression that errs while its operands do not, in
// words ("principal.clearance is missing", "division by zero at 4:31"). Empty when `e` is not one.
std::string why_error(const ir::Expr& e, const Env& env) {
  using K = ir::ExprKind;
  if (!evaluate(e, env).is_error()) return "";
  for (const auto& k : e.kids) {
    if (evaluate(*k, env).is_error()) return why_error(*k, env);
  }
  const std::string at = " at " + where(e);
  switch (e.kind()) {
    case K::Principal:
    case K::Context: {
      std::string name = std::string(e.kind() == K::Principal ? "principal." : "context.") + e.name();
      const Attributes* side = e.kind() == K::Principal ? env.principal : env.context;
      // A missing one is named by the values read, after this.
      return side && side->find(e.name()) ? name + " has a value of the wrong type" : "";
    }
    case K::Const: return "an error folded in" + at;
    case K::Arith:
      if (e.op() == ir::BinaryOp::Div || e.op() == ir::BinaryOp::Mod) {
        Val d = evaluate(*e.kids[1], env);
        auto c = d.kind == Val::Kind::Atom ? compare_scalars(d.scalar, Scalar{int64_t{0}}) : std::nullopt;
        if (c && *c == 0) return "division by zero" + at;
      }
      return "arithmetic overflow" + at;
    case K::Negate: return "arithmetic overflow (negating the smallest integer)" + at;
    case K::Compare: return "values that cannot be compared (NaN)" + at;
    case K::Call: return "`" + std::string(e.fn()->module) + "." + std::string(e.fn()->name) + "` has no value for these arguments" + at;
    case K::Collection: return "a collection holding null" + at;
    default: return "an error" + at;
  }
}

// "is false", "is an error (division by zero at 4:31)".
std::string is_what(Truth v, const ir::Expr& e, const Env& env) {
  std::string out = std::string("is ") + to_string(v);
  if (v == Truth::Error) {
    if (std::string why = why_error(e, env); !why.empty()) out += " (" + why + ")";
  }
  return out;
}

ir::ExprPtr rows_predicate(const ir::Rule& r, const Env& env) {
  std::vector<ir::ExprPtr> parts;
  for (const auto& p : r.rows) parts.push_back(residualize(*p, env));
  return ir::make_and(std::move(parts));
}

}  // namespace

// Whether the rule holds is the decision core's (compose_rule_holds); this evaluates each
// condition once and says why, naming the first condition that disproves the rule or leaves it in
// doubt.
RuleTrace decide_rule(const ir::Rule& r, const Env& env) {
  RuleTrace t{r.id, r.kind, false, "", r.reason, r.span};
  std::vector<std::pair<const ir::Expr*, Truth>> truths;
  for (const auto* conds : {&r.when, &r.unless}) {
    for (const auto& c : *conds) truths.emplace_back(c.get(), truth(evaluate(*c, env)));
  }
  auto truth_of = [&](const ir::Expr& e) {
    for (const auto& [x, v] : truths) {
      if (x == &e) return v;
    }
    throw std::logic_error("decide: a condition that was not evaluated");
  };
  auto is = [&](const ir::Expr& e, bool want) { return truth_of(e) == (want ? Truth::True : Truth::False); };
  auto any = [](const std::vector<bool>& xs) { return std::find(xs.begin(), xs.end(), true) != xs.end(); };
  auto all = [](const std::vector<bool>& xs) { return std::find(xs.begin(), xs.end(), false) == xs.end(); };
  t.holds = compose_rule_holds<bool>(r, is, any, all, [](bool x) { return !x; });

  // The reason: the first disproof (a `when` false, an `unless` true), else the first doubt.
  std::string disproof, doubt;
  for (const auto& [e, v] : truths) {
    const bool is_when = std::any_of(r.when.begin(), r.when.end(), [&, e = e](const auto& w) { return w.get() == e; });
    const char* word = is_when ? "`when`" : "`unless`";
    const Truth disproves = is_when ? Truth::False : Truth::True;
    if (v == disproves) {
      if (disproof.empty()) disproof = std::string(word) + " at " + where(*e) + " is " + to_string(v) + values_read(*e, env);
    } else if (v == Truth::Unknown || v == Truth::Error) {
      if (doubt.empty()) doubt = std::string(word) + " at " + where(*e) + " " + is_what(v, *e, env) + values_read(*e, env);
    }
  }
  // A copy bound for one target says which values `product.*` / `column.*` took.
  std::string where_bound;
  for (const auto& b : r.bound) where_bound += (where_bound.empty() ? ", where " : ", ") + b;
  if (!t.holds) {
    t.why = (!disproof.empty() ? disproof : doubt + ", and a permit needs certainty") + where_bound;
    return t;
  }
  std::vector<const ir::Expr*> all_conds;
  for (const auto& [e, v] : truths) all_conds.push_back(e);
  t.why = (doubt.empty() ? "its conditions hold" + values_read(all_conds, env) : doubt + ", so it applies (fail closed)") + where_bound;
  return t;
}

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

Plan make_plan(const ir::PolicySet& set, size_t product, const Attributes& principal, const Attributes& context,
               const std::vector<std::string>& columns, const stdlib::NativeContext& natives) {
  Plan plan;
  const Product& p = set.mesh->products.at(product);
  plan.product = &p;
  // The product lets residual predicates resolve column indices once; there is no row yet.
  Env env{&principal, &context, &p, nullptr, &natives};
  const ir::ProductRules& rules = set.rules_for(product);
  auto order = ir::rules_in_order(rules);

  // Stage 1: each rule's state, with the residual of every holding rule's `rows where`.
  std::vector<RuleState> states(order.size());
  std::vector<ir::ExprPtr> residuals(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    const ir::Rule& r = *order[i]->rule;
    RuleTrace t = decide_rule(r, env);
    states[i].holds = t.holds;
    plan.trace.push_back(std::move(t));
    if (!states[i].holds || r.rows.empty()) continue;
    residuals[i] = rows_predicate(r, env);
    auto k = constant_value(*residuals[i]);
    states[i].rows = !k ? RowsShape::ByRow : k->is_false() ? RowsShape::Never : RowsShape::Always;
  }
  CoreDecision d = eval::decide(rules, states, requested_columns(p, columns), p);
  plan.states = states;
  auto id = [&](size_t i) { return order[i]->rule->id; };

  plan.allowed = d.allowed;
  std::vector<std::string> blockers;
  for (size_t i : d.blockers) blockers.push_back(id(i));
  plan.access_rules = blockers;
  if (d.allowed) {
    plan.access_rules.clear();
    for (size_t i : d.permits) plan.access_rules.push_back(id(i));
  }
  plan.access_why = access_why(d.allowed, d.permits.size(), blockers);
  for (size_t i : d.row_rules) plan.row_rules.push_back(id(i));
  for (size_t i : d.break_glass) plan.break_glass.push_back(id(i));
  // visible(row) = (P1 or ... or Pn) and not (F1 or ... or Fm); a permit without rows: true.
  std::vector<ir::ExprPtr> grants, hides, both;
  for (size_t i : d.grants) grants.push_back(residuals[i] ? std::move(residuals[i]) : ir::make_bool(true));
  for (size_t i : d.hides) hides.push_back(std::move(residuals[i]));
  both.push_back(ir::make_or(std::move(grants)));
  both.push_back(ir::make_not(make_or(std::move(hides))));
  plan.row_filter = d.allowed ? ir::make_and(std::move(both)) : ir::make_bool(false);

  for (const ColumnChoice& cc : d.columns) {
    ColumnPlan cp;
    cp.index = cc.index;
    cp.name = p.columns.at(cc.index).name;
    cp.outcome = cc.outcome;
    cp.unorderable = cc.unorderable;
    for (size_t i : cc.rules) cp.rules.push_back(id(i));
    for (const MaskPick& m : cc.masks) {
      const ir::Rule& r = *order[m.rule]->rule;
      MaskUse use{r.mask, r.mask_args, r.id, nullptr, m.by_row};
      if (m.by_row) use.predicate = rows_predicate(r, env);
      cp.masks.push_back(std::move(use));
    }
    plan.columns.push_back(std::move(cp));
  }
  return plan;
}

bool row_visible(const Plan& plan, const std::vector<Scalar>& row, const stdlib::NativeContext& natives) {
  if (!plan.allowed || !plan.row_filter) return false;
  Env env{nullptr, nullptr, plan.product, &row, &natives};
  return evaluate(*plan.row_filter, env).is_true();
}

const MaskUse* applied_mask(const Plan& plan, const ColumnPlan& column, const std::vector<Scalar>& row,
                            const stdlib::NativeContext& natives) {
  Env env{nullptr, nullptr, plan.product, &row, &natives};
  // Masks are ordered strongest first: the first that applies on this row wins.
  for (const auto& m : column.masks) {
    if (m.predicate && evaluate(*m.predicate, env).is_false()) continue;
    return &m;
  }
  return nullptr;
}

Scalar column_value(const Plan& plan, const ColumnPlan& column, const std::vector<Scalar>& row,
                    const stdlib::NativeContext& natives) {
  if (column.outcome == ColumnOutcome::Denied) return Null{};
  const Scalar& value = column.index < row.size() ? row[column.index] : Scalar{Null{}};
  const MaskUse* m = applied_mask(plan, column, row, natives);
  if (!m) return value;
  if (is_null(value) && m->fn->null_in_null_out) return Null{};
  std::vector<Scalar> args{value};
  args.insert(args.end(), m->args.begin(), m->args.end());
  auto r = m->fn->impl(args, natives);
  return r ? *r : Scalar{Null{}};
}

std::vector<std::string> verify_residuals(const Plan& plan, const Mesh& mesh) {
  std::vector<std::string> problems;
  if (!plan.row_filter) return {"the plan has no row filter"};
  problems = ir::verify_expr(*plan.row_filter, mesh, plan.product, ir::Stage::Residual, "row filter");
  for (const auto& c : plan.columns) {
    for (size_t i = 0; i < c.masks.size(); ++i) {
      if (!c.masks[i].predicate) continue;
      auto more = ir::verify_expr(*c.masks[i].predicate, mesh, plan.product, ir::Stage::Residual, c.name + " mask " + std::to_string(i));
      problems.insert(problems.end(), more.begin(), more.end());
    }
  }
  return problems;
}

}  // namespace custos::eval
