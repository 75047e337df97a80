// Entry point of the `custos` binary.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  custos::cli::Terminal term;
  term.stdout_is_tty = isatty(STDOUT_FILENO) != 0;
  term.stderr_is_tty = isatty(STDERR_FILENO) != 0;
  term.ci = std::getenv("CI") != nullptr;
  return custos::cli::run(args, std::cout, std::cerr, term);
}
