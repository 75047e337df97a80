// The subcommands' entry points, each implemented in its own cmd_*.cpp.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "options.h"
#include "pipeline.h"

namespace custos::cli {

struct CheckArgs {
  CheckInputs inputs;
  DiagnosticOutput output;
  bool require_coverage = false;
};
int run_check(const CheckArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct CoverageArgs {
  CheckInputs inputs;
  bool json = false;
  bool fail_on_gaps = false;
};
int run_coverage(const CoverageArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

}  // namespace custos::cli
