// Invariants (`assert`): targets over the whole mesh, `when` / `unless` with a rule's meaning, and
// the predicate of `assert P rows where E`. Proving them is analysis/assertions.h's job.
#include "check/file_checker.h"

namespace custos::check {

std::optional<ir::Assertion> FileChecker::assertion(const ast::Assertion& a) {
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

  // A ceiling is read as a restriction (it applies unless certainly exempted), a floor as a permit.
  ir::Rule& applies = out.applies;
  applies.kind = ir::is_ceiling(a.kind) ? ir::RuleKind::Forbid : ir::RuleKind::Permit;
  applies.id = out.id;
  applies.domain = domain_;
  applies.span = a.span;
  auto targets = resolve_targets(ir::is_column(a.kind), a.product, a.column, true);
  if (!targets) return std::nullopt;
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
  if (!bind_clauses(clauses, applies, "the assertion never applies")) ok = false;

  if (a.kind == ast::AssertKind::RowsWhere && a.rows) {
    Scope scope;
    for (const auto& t : applies.targets) scope.products.push_back(&mesh_.products[t.product]);
    scope.columns = true;
    scope.clause = "rows where";
    out.rows = bind_condition(*a.rows, scope);
    if (out.rows->type.is_error()) ok = false;
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace custos::check
