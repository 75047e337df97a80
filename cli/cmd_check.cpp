// `custos check PATH...`: parse and check policy files; exit 0 clean, 1 errors, 2 usage.
#include <ostream>

#include "commands.h"
#include "inputs.h"
#include "parse/parse.h"

namespace custos::cli {

int run_check(const CheckArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  SourceMap sources;
  Diagnostics diags;
  size_t checked = 0;
  for (const PolicyPath& p : collect_policy_files(args.paths)) {
    FileId id;
    if (!load_source(p, sources, diags, id, args.max_file_bytes)) continue;
    parse::parse_file(id, sources, diags);
    ++checked;
  }
  return emit_diagnostics(diags, sources, args.output, out, term, checked);
}

}  // namespace custos::cli
