// Governance coverage: every sensitive column (by tag or classification) and the mask or deny
// rules that could apply to it. The CI gate that stops ungoverned PII from shipping.
#pragma once

#include <string>
#include <vector>

#include "check/program.h"
#include "diag/diagnostic.h"

namespace custos::check {

struct CoverageEntry {
  std::string product;
  std::string column;
  std::vector<std::string> why;    // "tag `pii.direct`", "classification `restricted`"
  std::vector<std::string> rules;  // ids of mask/deny rules that target the column
  Span span;                       // the column in its contract
};

struct CoverageReport {
  std::vector<CoverageEntry> entries;
  size_t uncovered() const;
};

CoverageReport coverage(const Mesh& mesh, const sema::Program& program);
// E0501 for each sensitive column without a rule.
void report_uncovered(const CoverageReport& report, Diagnostics& diags);
std::string render_coverage_human(const CoverageReport& report);
std::string render_coverage_json(const CoverageReport& report);

}  // namespace custos::check
