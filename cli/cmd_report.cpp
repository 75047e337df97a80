// `custos report MESH -o report.html`: the self-contained governance report.
#include <fstream>
#include <ostream>

#include "commands.h"
#include "ir/policy_set.h"
#include "report_html.h"

namespace custos::cli {

int run_report(const ReportArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  SourceMap sources;
  Diagnostics diags;
  CheckedMesh checked = load_and_check(args.inputs, sources, diags);
  if (!require_clean_mesh(checked, diags, sources, "reports", err, term)) return kExitFailure;
  ir::PolicySet set = ir::lower(*checked.mesh, std::move(checked.program));
  std::string html = render_report_html(set, checked.files, sources);
  if (args.output.empty() || args.output == "-") {
    out << html;
    return kExitOk;
  }
  std::ofstream f(args.output, std::ios::binary | std::ios::trunc);
  f << html;
  if (!f) {
    err << "error: cannot write `" << args.output << "`\n";
    return kExitFailure;
  }
  err << "wrote " << args.output << "\n";
  return kExitOk;
}

}  // namespace custos::cli
