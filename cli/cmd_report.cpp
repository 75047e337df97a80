// `custos report MESH -o report.html`: the self-contained governance report.
#include <fstream>
#include <ostream>

#include "commands.h"
#include <fmt/chrono.h>

#include <ctime>

#include "ir/policy_set.h"
#include "mesh_files.h"
#include "report_html.h"

namespace custos::cli {

int run_report(const ReportArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  auto loaded = load_policies(args.inputs, "reports", err, term);
  if (!loaded) return kExitFailure;
  // The revision `custos build` would record for exactly these files, and when the report was made.
  auto files = mesh_files(*loaded, err);
  if (!files) return kExitFailure;
  ReportOrigin origin{bundle::content_hash(*files).substr(0, 12), fmt::format("{:%Y-%m-%d %H:%M} UTC", fmt::gmtime(std::time(nullptr)))};
  std::string html = render_report_html(*loaded->set, loaded->checked.files, loaded->sources, origin, args.access_review);
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
