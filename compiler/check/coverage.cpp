// Coverage of sensitive columns by mask and deny rules.
#include "check/coverage.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace custos::check {

size_t CoverageReport::uncovered() const {
  return static_cast<size_t>(std::count_if(entries.begin(), entries.end(), [](const CoverageEntry& e) { return e.rules.empty(); }));
}

CoverageReport coverage(const Mesh& mesh, const sema::Program& program) {
  CoverageReport report;
  const auto& cfg = mesh.config;
  for (size_t pi = 0; pi < mesh.products.size(); ++pi) {
    const Product& p = mesh.products[pi];
    for (const Column& c : p.columns) {
      CoverageEntry e;
      for (const auto& t : cfg.sensitive_tags) {
        for (const auto& ct : c.tags) {
          if (!TagTaxonomy::is_under(ct, t)) continue;
          bool inherited = std::find(c.inherited_tags.begin(), c.inherited_tags.end(), ct) != c.inherited_tags.end();
          e.why.push_back(std::string(inherited ? "inherited " : "") + "tag `" + ct + "`");
        }
      }
      if (!c.classification.empty() &&
          std::find(cfg.sensitive_classifications.begin(), cfg.sensitive_classifications.end(), c.classification) !=
              cfg.sensitive_classifications.end()) {
        e.why.push_back(std::string(c.classification_inherited ? "inherited " : "") + "classification `" + c.classification + "`");
      }
      if (e.why.empty()) continue;
      std::sort(e.why.begin(), e.why.end());
      e.why.erase(std::unique(e.why.begin(), e.why.end()), e.why.end());
      for (const auto& r : program.rules) {
        if (r.kind != ir::RuleKind::Mask && r.kind != ir::RuleKind::Deny) continue;
        for (const auto& t : r.targets) {
          if (t.product == pi && std::find(t.columns.begin(), t.columns.end(), c.name) != t.columns.end()) {
            e.rules.push_back(r.id);
          }
        }
      }
      e.product = p.qualified();
      e.column = c.name;
      e.span = c.span;
      report.entries.push_back(std::move(e));
    }
  }
  std::sort(report.entries.begin(), report.entries.end(), [](const CoverageEntry& a, const CoverageEntry& b) {
    return std::tie(a.product, a.column) < std::tie(b.product, b.column);
  });
  return report;
}

void report_uncovered(const CoverageReport& report, Diagnostics& diags) {
  for (const auto& e : report.entries) {
    if (!e.rules.empty()) continue;
    std::string why;
    for (size_t i = 0; i < e.why.size(); ++i) why += (i ? ", " : "") + e.why[i];
    diags.report(DiagCode::E0501, e.span, "sensitive column `" + e.product + "." + e.column + "` is not governed by any mask or deny rule")
        .note("it is sensitive because of its " + why)
        .with_help("add a `mask` or `deny` rule for it, or a global rule over its tag");
  }
}

std::string render_coverage_human(const CoverageReport& report) {
  std::string out = "sensitive columns and the rules that govern them\n";
  for (const auto& e : report.entries) {
    std::string why, rules;
    for (size_t i = 0; i < e.why.size(); ++i) why += (i ? ", " : "") + e.why[i];
    for (size_t i = 0; i < e.rules.size(); ++i) rules += (i ? ", " : "") + e.rules[i];
    out += fmt::format("  {} {}.{} ({})\n      {}\n", e.rules.empty() ? "UNCOVERED" : "covered  ", e.product, e.column, why,
                       e.rules.empty() ? "no mask or deny rule applies" : "rules: " + rules);
  }
  out += fmt::format("{} sensitive column{}, {} uncovered\n", report.entries.size(), report.entries.size() == 1 ? "" : "s",
                     report.uncovered());
  return out;
}

std::string render_coverage_json(const CoverageReport& report) {
  nlohmann::json cols = nlohmann::json::array();
  for (const auto& e : report.entries) {
    cols.push_back({{"product", e.product}, {"column", e.column}, {"sensitive_because", e.why}, {"rules", e.rules},
                    {"covered", !e.rules.empty()}});
  }
  nlohmann::json doc = {{"columns", cols}, {"sensitive", report.entries.size()}, {"uncovered", report.uncovered()}};
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace custos::check
