// Invariants (`assert`): targets over the whole mesh, `when` / `unless` with a rule's meaning, and
// the predicate of `assert P rows where E`. Proving them is analysis/assertions.h's job.
#include "check/file_checker.h"
#include "ir/build.h"

namespace custos::check {

std::vector<ir::Assertion> FileChecker::assertion(const ast::Assertion& a) {
  ir::Assertion out;
  out.kind = a.kind;
  out.span = a.keyword_span.valid() && a.outcome_span.valid() ? Span::cover(a.keyword_span, a.outcome_span) : a.span;
  out.outcome_span = a.outcome_span;
  name_declaration(a.annotations, a.span, out.id, out.reason);
  bool ok = true;
  if (const auto* expires = ast::find_annotation(a.annotations, "expires")) {
    diags_.report(DiagCode::E0204, expires->span, "an assertion cannot expire")
        .with_help("an invariant holds until it is removed; to bound it in time, write `when context.now < timestamp \"...\"`");
    ok = false;
  }
  if (const auto* glass = ast::find_annotation(a.annotations, "break_glass")) {
    diags_.report(DiagCode::E0204, glass->span, "an assertion cannot be break-glass")
        .with_help("`@break_glass` marks an emergency `permit`; an assertion grants nothing");
    ok = false;
  }

  // A ceiling is read as a restriction (it applies unless certainly exempted), a floor as a permit.
  ir::Rule& applies = out.applies;
  applies.kind = ir::is_ceiling(a.kind) ? ir::RuleKind::Forbid : ir::RuleKind::Permit;
  applies.id = out.id;
  applies.domain = domain_;
  applies.span = a.span;
  auto targets = resolve_targets(ir::is_column(a.kind), a.product, a.column, true);
  if (!targets) return {};
  applies.targets = std::move(*targets);

  std::vector<const ast::Clause*> clauses;
  for (const auto& cl : a.clauses) {
    if (cl.kind == ast::ClauseKind::RowsWhere) {
      diags_.report(DiagCode::E0422, cl.span, "an assertion cannot have a `rows where` clause")
          .with_help(a.kind == ast::AssertKind::RowsWhere || ir::is_column(a.kind)
                         ? "`when` and `unless` say where an assertion applies; to bound the rows a reader sees, state it as its own `assert <product> rows where ...;`"
                         : "to state which rows may be seen, write `assert <product> rows where <condition>;`");
      ok = false;
      continue;
    }
    clauses.push_back(&cl);
  }
  if (!ok) return {};

  // Like a rule, an assertion that reads `product.*` / `column.*` is bound once per target (per
  // column when it reads `column.*`), each copy with its values in place.
  const bool column_rule = ir::is_column(a.kind);
  auto bind = [&](ir::Assertion& into, const TargetBinding& target) {
    bool bound_ok = bind_clauses(clauses, into.applies, "the assertion never applies", target);
    if (a.kind == ast::AssertKind::RowsWhere && a.rows) {
      Scope scope;
      for (const auto& t : into.applies.targets) scope.products.push_back(&mesh_.products[t.product]);
      scope.columns = true;
      scope.clause = "rows where";
      scope.product = target.product;
      scope.reads = target.reads;
      into.rows = bind_condition(*a.rows, scope);
      if (into.rows->type.is_error()) bound_ok = false;
    }
    return bound_ok;
  };
  auto target_of = [&](const ir::Rule& r, TargetReads* reads, bool* never) {
    TargetBinding t{nullptr, nullptr, column_rule, reads, never};
    if (r.targets.empty()) return t;
    t.product = &mesh_.products[r.targets.front().product];
    if (!r.targets.front().columns.empty()) t.column = t.product->find_column(r.targets.front().columns.front());
    return t;
  };
  auto shell = [&](const ir::Assertion& from) {
    ir::Assertion copy;
    copy.kind = from.kind;
    copy.id = from.id;
    copy.reason = from.reason;
    copy.span = from.span;
    copy.outcome_span = from.outcome_span;
    copy.applies = ir::clone(from.applies);
    return copy;
  };
  ir::Assertion proto = shell(out);
  TargetReads reads;
  const size_t mark = diags_.size();
  const size_t errors = diags_.error_count();
  const bool bound_ok = bind(out, target_of(out.applies, &reads, nullptr));
  if (reads.any()) diags_.erase_after(mark, DiagCode::W0401);
  if (!bound_ok || diags_.error_count() != errors) return {};
  std::vector<ir::Assertion> result;
  if (!reads.any()) {
    result.push_back(std::move(out));
    return result;
  }
  bool every_copy_never = true;
  for (auto& target : split_targets(proto.applies.targets, reads.column)) {
    ir::Assertion copy = shell(proto);
    copy.applies.targets = {target};
    copy.applies.copy = static_cast<uint32_t>(result.size());
    TargetReads values;
    bool copy_never = false;
    const size_t before = diags_.size();
    bind(copy, target_of(copy.applies, &values, &copy_never));
    diags_.truncate(before);
    every_copy_never = every_copy_never && copy_never;
    copy.applies.bound = std::move(values.values);
    result.push_back(std::move(copy));
  }
  if (every_copy_never) {
    diags_.report(DiagCode::W0401, a.span, "with each target's attributes in place, a condition is constant for every target, so the assertion never applies");
  }
  return result;
}

}  // namespace custos::check
