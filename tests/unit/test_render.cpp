// Diagnostic renderers: the JSON and SARIF documents are well-formed and complete.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "diag/render.h"

using namespace custos;
using nlohmann::json;

namespace {
Diagnostics sample(SourceMap& sources) {
  FileId f = sources.add("p/a.custos", "domain d;\nlet x = y;\n");
  Diagnostics d;
  d.report(DiagCode::E0105, Span{f, 2, 9, 2, 10}, "expected `;`, found `y`")
      .label(Span{f, 1, 1, 1, 7}, "declared here")
      .note("a note")
      .with_help("a help");
  return d;
}
}  // namespace

TEST_CASE("human rendering shows location, code, snippet and help", "[render]") {
  SourceMap sources;
  auto d = sample(sources);
  std::string out = render_human(d, sources);
  CHECK(out ==
        "p/a.custos:2:9: error[E0105]: expected `;`, found `y`\n"
        " 2 | let x = y;\n"
        "   |         ^\n"
        "p/a.custos:1:1: note: declared here\n"
        " 1 | domain d;\n"
        "   | ^^^^^^\n"
        "  = note: a note\n"
        "  = help: a help\n");
  std::string colored = render_human(d, sources, HumanStyle{true});
  CHECK(colored.find("\033[") != std::string::npos);
}

TEST_CASE("json rendering", "[render]") {
  SourceMap sources;
  auto d = sample(sources);
  json j = json::parse(render_json(d, sources));
  CHECK(j["errors"] == 1);
  CHECK(j["warnings"] == 0);
  auto& x = j["diagnostics"][0];
  CHECK(x["code"] == "E0105");
  CHECK(x["file"] == "p/a.custos");
  CHECK(x["line"] == 2);
  CHECK(x["column"] == 9);
  CHECK(x["labels"][0]["line"] == 1);
  CHECK(x["help"] == "a help");
}

TEST_CASE("sarif rendering follows 2.1.0", "[render]") {
  SourceMap sources;
  auto d = sample(sources);
  json j = json::parse(render_sarif(d, sources, "1.2.3"));
  CHECK(j["version"] == "2.1.0");
  auto& run = j["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "custos");
  CHECK(run["tool"]["driver"]["rules"].size() == all_diag_infos().size());
  auto& r = run["results"][0];
  CHECK(r["ruleId"] == "E0105");
  CHECK(run["tool"]["driver"]["rules"][r["ruleIndex"].get<int>()]["id"] == "E0105");
  CHECK(r["level"] == "error");
  CHECK(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "p/a.custos");
  CHECK(r["locations"][0]["physicalLocation"]["region"]["startLine"] == 2);
  CHECK(r["relatedLocations"][0]["message"]["text"] == "declared here");
}
