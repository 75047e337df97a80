// `custos report MESH -o report.html`: the self-contained governance report.
#include <fstream>
#include <ostream>

#include "commands.h"
#include "ir/policy_set.h"
#include "report_html.h"

namespace custos::cli {

int run_report(const ReportArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  auto loaded = load_policies(args.inputs, "reports", err, term);
  if (!loaded) return kExitFailure;
  std::string html = render_report_html(*loaded->set, loaded->checked.files, loaded->sources);
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
