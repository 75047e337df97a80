// The naive semantics oracle.
#include "diff/spec_oracle.h"

#include <algorithm>

#include "functions.h"

namespace custos::testing {

using eval::Truth;

namespace {

Truth tv(const eval::Val& v) { return eval::truth(v); }

// Kleene logic where an error behaves like unknown.
Truth t_and(Truth a, Truth b) {
  if (a == Truth::False || b == Truth::False) return Truth::False;
  if (a == Truth::True && b == Truth::True) return Truth::True;
  return Truth::Unknown;
}
Truth t_or(Truth a, Truth b) {
  if (a == Truth::True || b == Truth::True) return Truth::True;
  if (a == Truth::False && b == Truth::False) return Truth::False;
  return Truth::Unknown;
}
Truth t_not(Truth a) { return a == Truth::True ? Truth::False : a == Truth::False ? Truth::True : Truth::Unknown; }

bool holds(const sema::BoundRule& r, const eval::Env& env) {
  bool permit = r.kind == ast::RuleKind::Permit;
  bool all_when_true = true, all_unless_false = true, some_when_false = false, some_unless_true = false;
  for (const auto& w : r.when) {
    Truth t = tv(eval::evaluate(*w, env));
    all_when_true &= t == Truth::True;
    some_when_false |= t == Truth::False;
  }
  for (const auto& u : r.unless) {
    Truth t = tv(eval::evaluate(*u, env));
    all_unless_false &= t == Truth::False;
    some_unless_true |= t == Truth::True;
  }
  return permit ? all_when_true && all_unless_false : !(some_when_false || some_unless_true);
}

Truth rows_truth(const sema::BoundRule& r, const eval::Env& env) {
  Truth t = Truth::True;
  for (const auto& p : r.rows) t = t_and(t, tv(eval::evaluate(*p, env)));
  return t;
}

bool targets(const ir::RuleRef& ref, const std::string& col) {
  return std::find(ref.columns->begin(), ref.columns->end(), col) != ref.columns->end();
}

}  // namespace

SpecDecision spec_decide(const ir::PolicySet& set, size_t product, const eval::Attributes& principal,
                         const eval::Attributes& context, const std::vector<eval::Row>& rows,
                         const stdlib::NativeContext& natives) {
  SpecDecision d;
  const Product& p = set.mesh->products[product];
  const auto& rules = set.rules_for(product);
  eval::Env env{&principal, &context, &p, nullptr, &natives};
  bool any_permit = false, table_forbid = false;
  for (const auto& ref : rules.permits) any_permit |= holds(*ref.rule, env);
  for (const auto& ref : rules.forbids) table_forbid |= ref.rule->rows.empty() && holds(*ref.rule, env);
  d.allowed = any_permit && !table_forbid;
  for (const auto& row : rows) {
    eval::Env re = env;
    re.row = &row;
    Truth grant = Truth::False, hide = Truth::False;
    for (const auto& ref : rules.permits) {
      if (holds(*ref.rule, env)) grant = t_or(grant, rows_truth(*ref.rule, re));
    }
    for (const auto& ref : rules.forbids) {
      if (!ref.rule->rows.empty() && holds(*ref.rule, env)) hide = t_or(hide, rows_truth(*ref.rule, re));
    }
    bool visible = d.allowed && t_and(grant, t_not(hide)) == Truth::True;
    d.visible.push_back(visible);
    if (!visible) continue;
    std::vector<std::optional<Scalar>> values;
    for (size_t c = 0; c < p.columns.size(); ++c) {
      const std::string& name = p.columns[c].name;
      bool denied = false;
      for (const auto& ref : rules.denies) denied |= targets(ref, name) && holds(*ref.rule, env);
      // Two holding masks of equal strength that differ deny the column (whatever their rows).
      for (const auto& a : rules.masks) {
        for (const auto& b : rules.masks) {
          if (&a == &b || !targets(a, name) || !targets(b, name) || !holds(*a.rule, env) || !holds(*b.rule, env)) continue;
          denied |= a.rule->mask->strength == b.rule->mask->strength &&
                    (a.rule->mask != b.rule->mask || !(a.rule->mask_args == b.rule->mask_args));
        }
      }
      if (denied) {
        values.push_back(std::nullopt);
        continue;
      }
      const sema::BoundRule* best = nullptr;
      for (const auto& ref : rules.masks) {
        if (!targets(ref, name) || !holds(*ref.rule, env)) continue;
        if (!ref.rule->rows.empty() && rows_truth(*ref.rule, re) == Truth::False) continue;
        if (!best || ref.rule->mask->strength > best->mask->strength) best = ref.rule;
      }
      Scalar v = row[c];
      if (best) {
        if (is_null(v) && best->mask->null_in_null_out) {
          v = Null{};
        } else {
          std::vector<Scalar> args{v};
          args.insert(args.end(), best->mask_args.begin(), best->mask_args.end());
          auto r = best->mask->impl(args, natives);
          v = r ? *r : Scalar{Null{}};
        }
      }
      values.push_back(v);
    }
    d.values.push_back(std::move(values));
  }
  return d;
}

}  // namespace custos::testing
