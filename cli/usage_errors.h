// Usage errors a person makes on the command line, caught before CLI11 parses so they get a
// precise message: an unknown subcommand or option, with "did you mean", pointing at the help of
// the subcommand in use (`custos eval --help`), not the top-level one.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace custos::cli {

// The message for the first unknown subcommand or option in `args` (as typed, without the
// program name), or nullopt when every one is known.
std::optional<std::string> find_usage_error(CLI::App& app, const std::vector<std::string>& args);

// "run `custos SUB --help` for usage" for the subcommand `args` names (the top-level help when none).
std::string usage_pointer(CLI::App& app, const std::vector<std::string>& args);

}  // namespace custos::cli
