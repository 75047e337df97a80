// The governance report, an access review in one self-contained HTML file (no network): for each
// product who may read it (the proven condition, and the permits and forbids behind it) and which
// rows, who sees each column in clear, every rule with its reason, owner and place, the coverage gaps,
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

// `access_review`: each product's access section (who may read it, which rows, who sees each
// governed or sensitive column in clear) is proven with the solver (`custos who-can`).
std::string render_report_html(const ir::PolicySet& set, const std::vector<ast::File>& files, const SourceMap& sources,
                               const ReportOrigin& origin, bool access_review = true);

}  // namespace custos::cli
