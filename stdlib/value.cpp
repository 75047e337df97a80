// Text forms of scalar values.
#include "value.h"

#include <charconv>
#include <cmath>

#include "calendar.h"

namespace custos {

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
