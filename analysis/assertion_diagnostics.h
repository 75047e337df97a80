// The assertions of a set, proven and reported as diagnostics (E0601 with a replayed
// counterexample, E0602 when unproven): what `custos check` and the language server show.
#pragma once

#include "diag/diagnostic.h"
#include "ir/policy_set.h"

namespace custos::analysis {

void report_assertions(const ir::PolicySet& set, const SourceMap& sources, unsigned timeout_ms, Diagnostics& diags);

}  // namespace custos::analysis
