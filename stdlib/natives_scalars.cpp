// Scalar helper implementations (strings and calendar).
#include <cctype>
#include <limits>

#include "calendar.h"
#include "natives.h"

namespace custos::stdlib::native {

namespace {
const std::string& str(const Scalar& v) { return std::get<std::string>(v); }
int64_t days_of(const Scalar& v) {
  if (auto d = std::get_if<Date>(&v)) return d->days;
  return cal::days_of_micros(std::get<Timestamp>(v).micros);
}
}  // namespace

std::optional<Scalar> starts_with(std::span<const Scalar> a, const NativeContext&) {
  return Scalar{str(a[0]).compare(0, str(a[1]).size(), str(a[1])) == 0 && str(a[0]).size() >= str(a[1]).size()};
}

std::optional<Scalar> ends_with(std::span<const Scalar> a, const NativeContext&) {
  const auto &s = str(a[0]), &x = str(a[1]);
  return Scalar{s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0};
}

std::optional<Scalar> contains(std::span<const Scalar> a, const NativeContext&) {
  return Scalar{str(a[0]).find(str(a[1])) != std::string::npos};
}

std::optional<Scalar> lower(std::span<const Scalar> a, const NativeContext&) {
  std::string s = str(a[0]);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return Scalar{s};
}

std::optional<Scalar> upper(std::span<const Scalar> a, const NativeContext&) {
  std::string s = str(a[0]);
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return Scalar{s};
}

std::optional<Scalar> length(std::span<const Scalar> a, const NativeContext&) {
  int64_t n = 0;
  for (char c : str(a[0])) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return Scalar{n};
}

std::optional<Scalar> today(std::span<const Scalar> a, const NativeContext&) {
  return Scalar{Date{static_cast<int32_t>(days_of(a[0]))}};
}

std::optional<Scalar> add_days(std::span<const Scalar> a, const NativeContext&) {
  int64_t d = 0;
  if (__builtin_add_overflow(int64_t{std::get<Date>(a[0]).days}, std::get<int64_t>(a[1]), &d)) return std::nullopt;
  // Keep within years 0001..9999.
  if (d < cal::days_from_civil(1, 1, 1) || d > cal::days_from_civil(9999, 12, 31)) return std::nullopt;
  return Scalar{Date{static_cast<int32_t>(d)}};
}

std::optional<Scalar> days_between(std::span<const Scalar> a, const NativeContext&) {
  return Scalar{static_cast<int64_t>(std::get<Date>(a[1]).days) - std::get<Date>(a[0]).days};
}

std::optional<Scalar> year(std::span<const Scalar> a, const NativeContext&) {
  return Scalar{static_cast<int64_t>(cal::civil_from_days(static_cast<int32_t>(days_of(a[0]))).year)};
}

}  // namespace custos::stdlib::native
