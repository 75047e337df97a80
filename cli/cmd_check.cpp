// `custos check PATH...`: parse and check policy files against their mesh; exit 0 clean,
// 1 errors, 2 usage.
#include <ostream>

#include "assertions.h"
#include "calendar.h"
#include "check/coverage.h"
#include "check/expiry.h"
#include "commands.h"
#include "pipeline.h"

namespace custos::cli {

namespace {

// What the assertion says failed on the counterexample, in a few words.
std::string violation_words(const analysis::AssertionResult& r) {
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

// Proves the mesh's assertions (E0601 with a replayed counterexample, E0602 when unproven).
void prove_assertions(CheckedMesh& checked, const SourceMap& sources, unsigned timeout_ms, Diagnostics& diags) {
  const ir::PolicySet set = ir::lower(*checked.mesh, std::move(checked.program));
  analysis::AssertOptions options;
  options.sources = &sources;
  options.timeout_ms = timeout_ms;
  for (const analysis::AssertionResult& r : analysis::prove_assertions(set, options)) {
    const ir::Assertion& a = *r.assertion;
    if (r.verdict == analysis::AssertionResult::Verdict::Violated) {
      Diagnostic& d = diags.report(DiagCode::E0601, a.span, "assertion `" + a.id + "` does not hold: " + violation_words(r));
      d.note("counterexample (replayed through the interpreter): principal " + r.witness.principal);
      d.note("context " + r.witness.context);
      if (!r.witness.row.empty()) d.note("row " + r.witness.row);
      for (const auto& state : r.rules) {
        const analysis::RuleLink& rule = state.rule;
        d.note(rule.kind + " `" + rule.id + "`" + (rule.location.empty() ? "" : " (" + rule.location + ")") +
               (state.holds ? " holds: " : " does not hold: ") + state.why);
      }
      if (!a.reason.empty()) d.note("the assertion's reason: " + a.reason);
      d.with_help("to see every rule's part, save the principal and context as JSON files and run `custos explain --product " +
                  r.product + " --principal FILE --context FILE`");
    } else if (r.verdict == analysis::AssertionResult::Verdict::Unknown) {
      Diagnostic& d = diags.report(DiagCode::E0602, a.span,
                                   "assertion `" + a.id + "` could not be proven on `" + r.product + "`" +
                                       (r.column.empty() ? "" : " (column `" + r.column + "`)") + ": " + r.reason);
      if (!r.location.empty()) d.note("the construct is at " + r.location);
      d.with_help(r.reason.find("gave up") != std::string::npos ? "give the solver more time with --prove-timeout MS"
                                                                : "an assertion is never passed unproven: simplify the rules it covers, or narrow it");
    }
  }
}

}  // namespace

int run_check(const CheckArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  if (args.inputs.syntax_only && (args.require_coverage || !args.inputs.mesh_config.empty())) {
    err << "error: --syntax-only checks no mesh, so it cannot be combined with "
        << (args.require_coverage ? "--require-coverage" : "--mesh") << "\n"
        << "run `custos check --help` for usage\n";
    return kExitUsage;
  }
  std::optional<int64_t> now;
  if (!args.now.empty()) {
    if (auto day = cal::parse_date(args.now)) {
      now = static_cast<int64_t>(*day) * 86400LL * 1000000LL;
    } else if (!(now = cal::parse_timestamp(args.now))) {
      err << "error: --now `" << args.now << "`: expected a date (2027-03-31) or a timestamp (2027-03-31T18:00:00Z)\n"
          << "run `custos check --help` for usage\n";
      return kExitUsage;
    }
  }
  SourceMap sources;
  Diagnostics diags;
  CheckedMesh checked = load_and_check(args.inputs, sources, diags);
  if (args.require_coverage && checked.mesh) {
    check::report_uncovered(check::coverage(*checked.mesh, checked.program), diags);
  }
  if (now) check::report_expiry(checked.files, *now, args.expiring_within, diags);
  // Invariants are proven over a mesh that checks: the rules they speak of must mean something.
  if (checked.mesh && !diags.has_errors() && !checked.program.assertions.empty()) {
    prove_assertions(checked, sources, args.prove_timeout_ms, diags);
  }
  return emit_diagnostics(diags, sources, args.output, out, term, checked.files_checked);
}

int run_coverage(const CoverageArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  SourceMap sources;
  Diagnostics diags;
  CheckedMesh checked = load_and_check(args.inputs, sources, diags);
  if (!require_clean_mesh(checked, diags, sources, "coverage reports", err, term)) return kExitFailure;
  auto report = check::coverage(*checked.mesh, checked.program);
  out << (args.json ? check::render_coverage_json(report) : check::render_coverage_human(report));
  return args.fail_on_gaps && report.uncovered() ? kExitFailure : kExitOk;
}

}  // namespace custos::cli
