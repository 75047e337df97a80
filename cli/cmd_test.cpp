// `custos test PATH...`: run the policy tests, report failures and untested rules, write JUnit.
#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "commands.h"
#include "hash_key.h"
#include "decide_rows_jit.h"
#include "ir/policy_set.h"
#include "policy_tests.h"

namespace custos::cli {

namespace {
std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string junit(const eval::TestRun& run) {
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  x += fmt::format("<testsuites tests=\"{}\" failures=\"{}\">\n", run.results.size(), run.failed());
  x += fmt::format("  <testsuite name=\"custos\" tests=\"{}\" failures=\"{}\">\n", run.results.size(), run.failed());
  for (const auto& r : run.results) {
    x += fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml_escape(r.file), xml_escape(r.name));
    if (r.passed()) {
      x += "/>\n";
      continue;
    }
    std::string details;
    for (const auto& f : r.failures) details += f + "\n";
    x += fmt::format(">\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n", xml_escape(r.failures.front()),
                     xml_escape(details));
  }
  x += "  </testsuite>\n</testsuites>\n";
  return x;
}
}  // namespace

int run_test(const TestArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  auto loaded = load_policies(args.inputs, "policy tests", err, term);
  if (!loaded) return kExitFailure;
  // Policy tests run on fixture rows, and an `expect row` may name a pseudonym: `hash` uses the
  // public demo key here so that expectations are reproducible everywhere (real keys differ).
  stdlib::NativeContext natives;
  natives.hash_key = std::string(stdlib::kDemoHashKey);
  std::unique_ptr<jit::CompiledPolicySet> compiled;
  eval::Decider decide;
  if (args.engine == "jit") {
    compiled = jit::CompiledPolicySet::start(*loaded->set, jit::Options{false, 2, 4096, false, true, args.jit == "lazy"});
    compiled->set_natives(natives);
    decide = jit::jit_decider(*compiled, *loaded->set);
  }
  eval::TestRun run = eval::run_policy_tests(*loaded->set, loaded->checked.files, loaded->sources, natives, decide, args.progress);
  if (!args.junit.empty()) {
    std::ofstream f(args.junit, std::ios::binary);
    f << junit(run);
    if (!f) {
      err << "error: cannot write `" << args.junit << "`\n";
      return kExitFailure;
    }
  }
  if (args.json) {
    nlohmann::json tests = nlohmann::json::array();
    for (const auto& r : run.results) {
      tests.push_back({{"name", r.name}, {"file", r.file}, {"line", r.span.line}, {"passed", r.passed()}, {"failures", r.failures}});
    }
    out << nlohmann::json{{"tests", tests}, {"passed", run.passed()}, {"failed", run.failed()},
                          {"rules_not_exercised", run.rules_not_exercised}}
               .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
        << "\n";
  } else {
    for (const auto& r : run.results) {
      out << fmt::format("{}  {}:{}: {}\n", r.passed() ? "PASS" : "FAIL", r.file, r.span.line, r.name);
      // A failure quotes values; a huge one is cut so that the report stays readable.
      for (const auto& f : r.failures) out << "      " << truncate_utf8(sanitize_utf8(f), 400) << "\n";
    }
    if (!run.rules_not_exercised.empty()) {
      // One rule per line: on a large mesh a comma-separated list made one line of 100+ KB.
      out << fmt::format("rules no test exercised ({}):\n", run.rules_not_exercised.size());
      for (const auto& id : run.rules_not_exercised) out << "  " << id << "\n";
    }
    out << fmt::format("{} test{}: {} passed, {} failed\n", run.results.size(), run.results.size() == 1 ? "" : "s", run.passed(),
                       run.failed());
  }
  if (run.results.empty()) {
    err << "error: no policy tests found\n";
    return kExitFailure;
  }
  return run.failed() ? kExitFailure : kExitOk;
}

}  // namespace custos::cli
