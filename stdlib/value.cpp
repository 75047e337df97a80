// Text forms of scalar values.
#include "value.h"

#include <charconv>
#include <cmath>

#include "calendar.h"

namespace custos {

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

bool scalar_equals_text(const Scalar& a, std::string_view text) {
  const auto* s = std::get_if<std::string>(&a);
  return s && std::string_view(*s) == text;
}

std::string to_text(const Scalar& v) {
  struct V {
    std::string operator()(Null) const { return ""; }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(int64_t i) const { return std::to_string(i); }
    std::string operator()(double d) const {
      if (std::isnan(d)) return "NaN";
      char buf[64];
      auto r = std::to_chars(buf, buf + sizeof buf, d);
      return std::string(buf, r.ptr);
    }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(Date d) const { return cal::format_date(d.days); }
    std::string operator()(Timestamp t) const { return cal::format_timestamp(t.micros); }
  };
  return std::visit(V{}, v);
}

}  // namespace custos
