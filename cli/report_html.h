// The governance report: one self-contained HTML file (no network) with every product and column,
// their tags and classification, the rules that govern each, coverage gaps, and a "view as"
// selector over the example principals of the policy tests.
#pragma once

#include <string>
#include <vector>

#include "ast/ast.h"
#include "ir/policy_set.h"

namespace custos::cli {

std::string render_report_html(const ir::PolicySet& set, const std::vector<ast::File>& files, const SourceMap& sources);

}  // namespace custos::cli
