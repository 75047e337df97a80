// The subcommands' entry points, each implemented in its own cmd_*.cpp.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "options.h"

namespace custos::cli {

struct CheckArgs {
  std::vector<std::string> paths;
  DiagnosticOutput output;
  size_t max_file_bytes = kMaxSourceBytes;
};
int run_check(const CheckArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

}  // namespace custos::cli
