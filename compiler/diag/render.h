// Renderers for collected diagnostics: a human terminal format, JSON, and SARIF 2.1.0.
#pragma once

#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace custos {

struct HumanStyle {
  bool color = false;
};

// `path:line:col: error[E0105]: message` followed by the source line, an underline, notes and help.
std::string render_human(const Diagnostics& diags, const SourceMap& sources, HumanStyle style = {});
// One JSON document: {"diagnostics": [...], "errors": N, "warnings": N}.
std::string render_json(const Diagnostics& diags, const SourceMap& sources);
// A SARIF 2.1.0 log with one run, the rule table from diagnostic_kinds.def and one result per diagnostic.
std::string render_sarif(const Diagnostics& diags, const SourceMap& sources, std::string_view tool_version);

}  // namespace custos
