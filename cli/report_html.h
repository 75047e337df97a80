// The governance report, an access review in one self-contained HTML file (no network): for each
// product who may read it (permits and forbids with their conditions) and under which row filters,
// who sees each column in clear, every rule with its reason, owner and place, the coverage gaps,
// and a "view as" selector over the example principals of the policy tests, named by attributes.
#pragma once

#include <string>
#include <vector>

#include "ast/ast.h"
#include "ir/policy_set.h"

namespace custos::cli {

// What the report says about its own origin.
struct ReportOrigin {
  std::string revision;   // the content revision `custos build` would record for this mesh
  std::string generated;  // when the report was made, e.g. "2026-12-02 17:05 UTC"
};

std::string render_report_html(const ir::PolicySet& set, const std::vector<ast::File>& files, const SourceMap& sources,
                               const ReportOrigin& origin);

}  // namespace custos::cli
