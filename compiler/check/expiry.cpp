// Rule expiry (see expiry.h).
#include "check/expiry.h"

#include "calendar.h"

namespace custos::check {

namespace {
constexpr int64_t kMicrosPerDay = 86400LL * 1000000LL;
}

std::optional<int64_t> expiry_end(std::string_view value) {
  if (auto day = cal::parse_date(value)) return (static_cast<int64_t>(*day) + 1) * kMicrosPerDay;
  return cal::parse_timestamp(value);
}

void report_expiry(const std::vector<ast::File>& files, int64_t now_micros, int window_days, Diagnostics& diags) {
  for (const auto& file : files) {
    for (const auto& rule : file.rules) {
      const ast::Annotation* a = ast::find_annotation(rule.annotations, "expires");
      if (!a || !a->value) continue;
      auto end = expiry_end(*a->value);
      if (!end) continue;  // reported by the checker (E0204)
      const std::string until = cal::format_timestamp(*end);
      if (*end <= now_micros) {
        diags.report(DiagCode::W0407, a->span, "this rule expired at " + until + ": it no longer applies")
            .with_help("delete the rule, or move `@expires` if it is still needed");
      } else if (*end - now_micros <= static_cast<int64_t>(window_days) * kMicrosPerDay) {
        int64_t days = (*end - now_micros + kMicrosPerDay - 1) / kMicrosPerDay;
        diags.report(DiagCode::W0408, a->span,
                     "this rule expires at " + until + ", in " + std::to_string(days) + (days == 1 ? " day" : " days"))
            .with_help("renew it (move `@expires`) if access should continue");
      }
    }
  }
}

}  // namespace custos::check
