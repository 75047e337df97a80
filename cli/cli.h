// The `custos` command line as a library, so tests drive it in-process exactly as users do.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace custos::cli {

// Exit codes shared by every subcommand.
enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2, kExitInternal = 70 };

struct Terminal {
  bool stdout_is_tty = false;
  bool stderr_is_tty = false;
  bool ci = false;  // the CI environment variable is set: stay quiet
};

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Terminal& term = {});

}  // namespace custos::cli
