// Unknown subcommands and options, with suggestions.
#include "usage_errors.h"

#include <CLI/CLI.hpp>

#include "support/suggest.h"

namespace custos::cli {

namespace {

CLI::App* subcommand_named(CLI::App& app, const std::string& name) {
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_name() == name) return sub;
  }
  return nullptr;
}

std::vector<std::string> subcommand_names(CLI::App& app) {
  std::vector<std::string> names;
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) names.push_back(sub->get_name());
  return names;
}

// The option `token` names (`--long`, `--long=value` or `-s`), or nullptr.
const CLI::Option* option_named(CLI::App& cmd, const std::string& token, std::string& bare) {
  bool is_long = token.rfind("--", 0) == 0;
  bare = is_long ? token.substr(2, token.find('=') == std::string::npos ? std::string::npos : token.find('=') - 2)
                 : token.substr(1, 1);
  for (const CLI::Option* opt : cmd.get_options()) {
    const auto& names = is_long ? opt->get_lnames() : opt->get_snames();
    for (const auto& n : names) {
      if (n == bare) return opt;
    }
  }
  return nullptr;
}

std::vector<std::string> long_option_names(CLI::App& cmd) {
  std::vector<std::string> names;
  for (const CLI::Option* opt : cmd.get_options()) {
    for (const auto& n : opt->get_lnames()) names.push_back("--" + n);
  }
  return names;
}

bool looks_like_number(const std::string& t) {
  return t.size() > 1 && t[0] == '-' && (std::isdigit(static_cast<unsigned char>(t[1])) || t[1] == '.');
}

}  // namespace

std::optional<std::string> find_usage_error(CLI::App& app, const std::vector<std::string>& args) {
  if (args.empty()) return std::nullopt;
  const std::string& first = args[0];
  if (first.empty() || first[0] == '-') return std::nullopt;  // top-level flags: CLI11 handles them
  CLI::App* cmd = subcommand_named(app, first);
  if (!cmd) {
    std::string msg = "unknown command `" + first + "`";
    std::string hint = did_you_mean(first, subcommand_names(app));
    return msg + (hint.empty() ? "" : "; " + hint) + "\nrun `custos --help` for the list of commands";
  }
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& t = args[i];
    if (t == "--") break;  // everything after is positional
    if (t.size() < 2 || t[0] != '-' || looks_like_number(t)) continue;
    std::string bare;
    const CLI::Option* opt = option_named(*cmd, t, bare);
    if (!opt) {
      std::string shown = t.rfind("--", 0) == 0 ? "--" + bare : t;
      std::string hint = did_you_mean(shown, long_option_names(*cmd));
      return "`custos " + first + "` has no option `" + shown + "`" + (hint.empty() ? "" : "; " + hint) +
             "\nrun `custos " + first + " --help` for its options";
    }
    // An option that takes a value and was not written `--name=value` consumes the next token.
    if (opt->get_type_size() != 0 && t.find('=') == std::string::npos && !(t.size() > 2 && t[1] != '-')) ++i;
  }
  return std::nullopt;
}

std::string usage_pointer(CLI::App& app, const std::vector<std::string>& args) {
  if (!args.empty() && subcommand_named(app, args[0])) return "run `custos " + args[0] + " --help` for usage";
  return "run `custos --help` for usage";
}

}  // namespace custos::cli
