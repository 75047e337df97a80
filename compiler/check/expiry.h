// Rules with `@expires(...)`: when a rule stops applying, and the warnings `custos check --now`
// gives about rules that have expired or expire soon. The meaning of an expiry (one more `when`
// on `context.now`) is given in check_rules.cpp; both read the value with expiry_end.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"

namespace custos::check {

// The instant a rule stops applying, in microseconds since 1970: the midnight (UTC) after a date
// `YYYY-MM-DD`, or the timestamp itself. nullopt when the value is neither.
std::optional<int64_t> expiry_end(std::string_view value);

// W0407 for each rule with `@expires` that has expired at `now`, W0408 for each that expires within
// `window_days` after it; at the annotation, with the date.
void report_expiry(const std::vector<ast::File>& files, int64_t now_micros, int window_days, Diagnostics& diags);

}  // namespace custos::check
