// Calendar arithmetic shared by the compiler (literals), the evaluator and the stdlib masks:
// dates are days since 1970-01-01, timestamps are microseconds since 1970-01-01T00:00:00Z.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace custos::cal {

struct CivilDate {
  int32_t year;
  uint32_t month;  // 1..12
  uint32_t day;    // 1..31
};

int32_t days_from_civil(int32_t y, uint32_t m, uint32_t d);
// The day (since 1970-01-01) holding a UTC instant, rounding toward the past.
int64_t days_of_micros(int64_t micros);
inline constexpr int64_t kMicrosPerDay = 86400000000LL;
CivilDate civil_from_days(int32_t days);
bool is_valid_date(int32_t y, uint32_t m, uint32_t d);

struct ParseError {
  std::string message;
};

// "YYYY-MM-DD" (years 0001..9999).
std::optional<int32_t> parse_date(std::string_view text, std::string* error = nullptr);
// "YYYY-MM-DDTHH:MM:SS[.ffffff](Z|+HH:MM|-HH:MM)"; a space may replace the `T`.
std::optional<int64_t> parse_timestamp(std::string_view text, std::string* error = nullptr);

std::string format_date(int32_t days);
// Always UTC with a `Z` and microseconds only when non-zero.
std::string format_timestamp(int64_t micros);

}  // namespace custos::cal
