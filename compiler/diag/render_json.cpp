// Machine-readable diagnostics: plain JSON and SARIF 2.1.0.
#include <nlohmann/json.hpp>

#include "diag/render.h"

namespace custos {
namespace {

using nlohmann::json;

std::string path_of(const SourceMap& sources, const Span& span) {
  return span.file < sources.size() ? sources.file(span.file).path() : std::string();
}

json json_location(const SourceMap& sources, const Span& span) {
  json j = {{"file", path_of(sources, span)}};
  if (span.valid()) {
    j["line"] = span.line;
    j["column"] = span.col;
    j["end_line"] = span.end_line;
    j["end_column"] = span.end_col;
  }
  return j;
}

std::string_view severity_name(Severity s) { return s == Severity::Error ? "error" : "warning"; }

json sarif_location(const SourceMap& sources, const Span& span, const std::string* message = nullptr) {
  // SARIF URIs use forward slashes and are relative to the directory the tool ran in.
  json physical = {{"artifactLocation", {{"uri", path_of(sources, span)}}}};
  if (span.valid()) {
    physical["region"] = {{"startLine", span.line},
                          {"startColumn", span.col},
                          {"endLine", span.end_line},
                          {"endColumn", span.end_col}};
  }
  json loc = {{"physicalLocation", physical}};
  if (message) loc["message"] = {{"text", *message}};
  return loc;
}

}  // namespace

std::string render_json(const Diagnostics& diags, const SourceMap& sources) {
  json list = json::array();
  for (const Diagnostic& d : diags.all()) {
    json j = json_location(sources, d.span);
    j["code"] = std::string(diag_info(d.code).id);
    j["name"] = std::string(diag_info(d.code).name);
    j["severity"] = std::string(severity_name(d.severity));
    j["message"] = d.message;
    json labels = json::array();
    for (const Label& l : d.labels) {
      json lj = json_location(sources, l.span);
      lj["message"] = l.message;
      labels.push_back(lj);
    }
    j["labels"] = labels;
    j["notes"] = d.notes;
    if (!d.help.empty()) j["help"] = d.help;
    list.push_back(j);
  }
  json doc = {{"diagnostics", list}, {"errors", diags.error_count()}, {"warnings", diags.warning_count()}};
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string render_sarif(const Diagnostics& diags, const SourceMap& sources, std::string_view tool_version) {
  json rules = json::array();
  for (const DiagInfo& info : all_diag_infos()) {
    rules.push_back({{"id", std::string(info.id)},
                     {"name", std::string(info.name)},
                     {"shortDescription", {{"text", std::string(info.summary)}}},
                     {"defaultConfiguration", {{"level", std::string(severity_name(info.severity))}}}});
  }
  json results = json::array();
  for (const Diagnostic& d : diags.all()) {
    std::string text = d.message;
    if (!d.help.empty()) text += "\nhelp: " + d.help;
    for (const std::string& n : d.notes) text += "\nnote: " + n;
    json r = {{"ruleId", std::string(diag_info(d.code).id)},
              {"ruleIndex", static_cast<int>(d.code)},
              {"level", std::string(severity_name(d.severity))},
              {"message", {{"text", text}}},
              {"locations", json::array({sarif_location(sources, d.span)})}};
    if (!d.labels.empty()) {
      json related = json::array();
      int id = 0;
      for (const Label& l : d.labels) {
        json loc = sarif_location(sources, l.span, &l.message);
        loc["id"] = id++;
        related.push_back(loc);
      }
      r["relatedLocations"] = related;
    }
    results.push_back(r);
  }
  json doc = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::array({{{"tool",
                              {{"driver",
                                {{"name", "custos"},
                                 {"version", std::string(tool_version)},
                                 {"rules", rules}}}}},
                             {"columnKind", "unicodeCodePoints"},
                             {"results", results}}})}};
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace custos
