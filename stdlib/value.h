// Scalar values shared by the compiler (literals), the evaluator and the stdlib natives.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace custos {

struct Null {
  bool operator==(const Null&) const = default;
};
struct Date {
  int32_t days = 0;  // since 1970-01-01
  bool operator==(const Date&) const = default;
};
struct Timestamp {
  int64_t micros = 0;  // since 1970-01-01T00:00:00Z
  bool operator==(const Timestamp&) const = default;
};

// The order of alternatives is part of the ABI of compiled plans: do not reorder.
using Scalar = std::variant<Null, bool, int64_t, double, std::string, Date, Timestamp>;

inline bool is_null(const Scalar& v) { return std::holds_alternative<Null>(v); }

// Total order on comparable scalars (ints and floats compare numerically, strings by code point);
// nullopt when they are not comparable or either is null.
std::optional<int> compare_scalars(const Scalar& a, const Scalar& b);

// compare_scalars(a, Scalar{std::string(text)}) == 0, without building the string: a string
// scalar of exactly these bytes. Null and every other type are never equal to a text.
bool scalar_equals_text(const Scalar& a, std::string_view text);

// Text for humans and CSV output: dates and timestamps in ISO 8601, floats shortest round-trip.
std::string to_text(const Scalar& v);

}  // namespace custos
