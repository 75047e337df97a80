// Civil-date conversions (Howard Hinnant's algorithms) and ISO 8601 parsing/formatting.
#include "calendar.h"

#include <cstdio>

namespace custos::cal {

int32_t days_from_civil(int32_t y, uint32_t m, uint32_t d) {
  y -= m <= 2;
  const int32_t era = (y >= 0 ? y : y - 399) / 400;
  const uint32_t yoe = static_cast<uint32_t>(y - era * 400);
  const uint32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const uint32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

int64_t days_of_micros(int64_t m) { return m >= 0 ? m / kMicrosPerDay : -((-m + kMicrosPerDay - 1) / kMicrosPerDay); }

CivilDate civil_from_days(int32_t z) {
  z += 719468;
  const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  const uint32_t doe = static_cast<uint32_t>(z - era * 146097);
  const uint32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int32_t y = static_cast<int32_t>(yoe) + era * 400;
  const uint32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const uint32_t mp = (5 * doy + 2) / 153;
  const uint32_t d = doy - (153 * mp + 2) / 5 + 1;
  const uint32_t m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

bool is_valid_date(int32_t y, uint32_t m, uint32_t d) {
  static constexpr uint32_t kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  uint32_t max = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  return d <= max;
}

namespace {

bool digits(std::string_view s, size_t pos, size_t n, uint32_t& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + static_cast<uint32_t>(s[i] - '0');
  }
  return true;
}

bool fail(std::string* error, const char* msg) {
  if (error) *error = msg;
  return false;
}

bool parse_date_part(std::string_view s, int32_t& days, std::string* error) {
  uint32_t y, m, d;
  if (s.size() < 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) || s[7] != '-' ||
      !digits(s, 8, 2, d)) {
    return fail(error, "expected a date in the form YYYY-MM-DD");
  }
  if (!is_valid_date(static_cast<int32_t>(y), m, d)) return fail(error, "no such calendar date");
  days = days_from_civil(static_cast<int32_t>(y), m, d);
  return true;
}

}  // namespace

std::optional<int32_t> parse_date(std::string_view text, std::string* error) {
  int32_t days;
  if (!parse_date_part(text, days, error)) return std::nullopt;
  if (text.size() != 10) {
    fail(error, "expected a date in the form YYYY-MM-DD");
    return std::nullopt;
  }
  return days;
}

std::optional<int64_t> parse_timestamp(std::string_view s, std::string* error) {
  int32_t days;
  if (!parse_date_part(s, days, error)) {
    if (error && *error == "expected a date in the form YYYY-MM-DD")
      *error = "expected a timestamp in the form YYYY-MM-DDTHH:MM:SSZ";
    return std::nullopt;
  }
  uint32_t hh, mm, ss;
  if (s.size() < 19 || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, hh) || s[13] != ':' ||
      !digits(s, 14, 2, mm) || s[16] != ':' || !digits(s, 17, 2, ss)) {
    fail(error, "expected a timestamp in the form YYYY-MM-DDTHH:MM:SSZ");
    return std::nullopt;
  }
  if (hh > 23 || mm > 59 || ss > 59) {
    fail(error, "time of day out of range");
    return std::nullopt;
  }
  size_t pos = 19;
  int64_t micros = 0;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    size_t start = pos;
    int64_t scale = 100000;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      if (pos - start >= 6) {
        fail(error, "at most 6 fractional digits (microseconds) are supported");
        return std::nullopt;
      }
      micros += (s[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
    if (pos == start) {
      fail(error, "expected digits after the decimal point");
      return std::nullopt;
    }
  }
  int64_t offset_seconds = 0;
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
    ++pos;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    uint32_t oh, om;
    if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, om) ||
        oh > 23 || om > 59) {
      fail(error, "expected a time zone offset in the form +HH:MM");
      return std::nullopt;
    }
    offset_seconds = (s[pos] == '+' ? 1 : -1) * static_cast<int64_t>(oh * 3600 + om * 60);
    pos += 6;
  } else {
    fail(error, "a timestamp needs a time zone: add `Z` for UTC or an offset such as `+01:00`");
    return std::nullopt;
  }
  if (pos != s.size()) {
    fail(error, "unexpected text after the timestamp");
    return std::nullopt;
  }
  int64_t seconds = static_cast<int64_t>(days) * 86400 + hh * 3600 + mm * 60 + ss - offset_seconds;
  return seconds * 1000000 + micros;
}

std::string format_date(int32_t days) {
  CivilDate c = civil_from_days(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.year, c.month, c.day);
  return buf;
}

std::string format_timestamp(int64_t micros) {
  int64_t seconds = micros >= 0 ? micros / 1000000 : -((-micros + 999999) / 1000000);
  int64_t frac = micros - seconds * 1000000;
  int64_t days = days_of_micros(micros - frac);
  int64_t sod = seconds - days * 86400;
  char buf[64];
  std::string date = format_date(static_cast<int32_t>(days));
  if (frac != 0) {
    std::snprintf(buf, sizeof buf, "%sT%02lld:%02lld:%02lld.%06lldZ", date.c_str(), static_cast<long long>(sod / 3600),
                  static_cast<long long>(sod / 60 % 60), static_cast<long long>(sod % 60), static_cast<long long>(frac));
  } else {
    std::snprintf(buf, sizeof buf, "%sT%02lld:%02lld:%02lldZ", date.c_str(), static_cast<long long>(sod / 3600),
                  static_cast<long long>(sod / 60 % 60), static_cast<long long>(sod % 60));
  }
  return buf;
}

}  // namespace custos::cal
