// `custos check PATH...`: parse and check policy files against their mesh; exit 0 clean,
// 1 errors, 2 usage.
#include <ostream>

#include "assertion_diagnostics.h"
#include "calendar.h"
#include "check/coverage.h"
#include "check/expiry.h"
#include "commands.h"
#include "pipeline.h"

namespace custos::cli {

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
    const ir::PolicySet set = ir::lower(*checked.mesh, std::move(checked.program));
    analysis::report_assertions(set, sources, args.prove_timeout_ms, diags);
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
