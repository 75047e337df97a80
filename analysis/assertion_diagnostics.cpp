// Proving a set's assertions and reporting the outcome as diagnostics.
#include "assertion_diagnostics.h"

#include "assertions.h"

namespace custos::analysis {

namespace {

// What the assertion says failed on the counterexample, in a few words.
std::string violation_words(const AssertionResult& r) {
  const ir::Assertion& a = *r.assertion;
  switch (a.kind) {
    case ir::AssertKind::Denied: return "`" + r.product + "` is readable";
    case ir::AssertKind::Readable: return "`" + r.product + "` is not readable";
    case ir::AssertKind::RowsWhere: return "a row of `" + r.product + "` is visible where the condition is not true";
    case ir::AssertKind::ColumnClear:
      if (r.seen == "the product is not readable") return "`" + r.product + "` is not readable, so column `" + r.column + "` is not seen";
      [[fallthrough]];
    case ir::AssertKind::ColumnDenied:
    case ir::AssertKind::ColumnMasked: return "column `" + r.product + "." + r.column + "` is " + r.seen;
  }
  return "";
}

}  // namespace

void report_assertions(const ir::PolicySet& set, const SourceMap& sources, unsigned timeout_ms, Diagnostics& diags) {
  AssertOptions options;
  options.sources = &sources;
  options.timeout_ms = timeout_ms;
  for (const AssertionResult& r : prove_assertions(set, options)) {
    const ir::Assertion& a = *r.assertion;
    if (r.verdict == AssertionResult::Verdict::Violated) {
      Diagnostic& d = diags.report(DiagCode::E0601, a.span, "assertion `" + a.id + "` does not hold: " + violation_words(r));
      d.note("counterexample (replayed through the interpreter): principal " + r.witness.principal);
      d.note("context " + r.witness.context);
      if (!r.witness.row.empty()) d.note("row " + r.witness.row);
      for (const auto& state : r.rules) {
        const RuleLink& rule = state.rule;
        d.note(rule.kind + " `" + rule.id + "`" + (rule.location.empty() ? "" : " (" + rule.location + ")") +
               (state.holds ? " holds: " : " does not hold: ") + state.why);
      }
      if (!a.reason.empty()) d.note("the assertion's reason: " + a.reason);
      d.with_help("to see every rule's part, save the principal and context as JSON files and run `custos explain --product " +
                  r.product + " --principal FILE --context FILE`");
    } else if (r.verdict == AssertionResult::Verdict::Unknown) {
      Diagnostic& d = diags.report(DiagCode::E0602, a.span,
                                   "assertion `" + a.id + "` could not be proven on `" + r.product + "`" +
                                       (r.column.empty() ? "" : " (column `" + r.column + "`)") + ": " + r.reason);
      if (!r.location.empty()) d.note("the construct is at " + r.location);
      d.with_help(r.reason.find("gave up") != std::string::npos ? "give the solver more time with --prove-timeout MS"
                                                                : "an assertion is never passed unproven: simplify the rules it covers, or narrow it");
    }
  }
}

}  // namespace custos::analysis
