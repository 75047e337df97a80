// Truth values and scalar comparison.
#include "runtime_value.h"

namespace custos::eval {

Truth truth(const Val& v) {
  if (v.is_error()) return Truth::Error;
  if (v.is_true()) return Truth::True;
  if (v.is_false()) return Truth::False;
  if (v.is_null()) return Truth::Unknown;
  return Truth::Error;
}

const char* to_string(Truth t) {
  switch (t) {
    case Truth::True: return "true";
    case Truth::False: return "false";
    case Truth::Unknown: return "unknown (null)";
    case Truth::Error: return "an error";
  }
  return "?";
}

std::optional<int> compare_scalars(const Scalar& a, const Scalar& b) {
  if (is_null(a) || is_null(b)) return std::nullopt;
  auto sign = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
  const int64_t* ai = std::get_if<int64_t>(&a);
  const int64_t* bi = std::get_if<int64_t>(&b);
  const double* ad = std::get_if<double>(&a);
  const double* bd = std::get_if<double>(&b);
  if (ai && bi) return sign(*ai, *bi);
  if ((ai || ad) && (bi || bd)) {
    // Mixed int/float compare exactly in long double, which holds every int64.
    long double x = ai ? static_cast<long double>(*ai) : static_cast<long double>(*ad);
    long double y = bi ? static_cast<long double>(*bi) : static_cast<long double>(*bd);
    if (x != x || y != y) return std::nullopt;
    return sign(x, y);
  }
  if (a.index() != b.index()) return std::nullopt;
  if (auto s = std::get_if<std::string>(&a)) {
    int c = s->compare(std::get<std::string>(b));
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  if (auto x = std::get_if<bool>(&a)) return sign(static_cast<int>(*x), static_cast<int>(std::get<bool>(b)));
  if (auto x = std::get_if<Date>(&a)) return sign(x->days, std::get<Date>(b).days);
  if (auto x = std::get_if<Timestamp>(&a)) return sign(x->micros, std::get<Timestamp>(b).micros);
  return std::nullopt;
}

}  // namespace custos::eval
