#include "support/operator_table.h"

#include <algorithm>
#include <limits>

namespace custos::testing {

namespace {

constexpr int64_t kMin = std::numeric_limits<int64_t>::min(), kMax = std::numeric_limits<int64_t>::max();

// Observations of an expression's value: null/error-ness, sign, and equality with itself.
std::vector<std::string> observe(const std::string& e, bool numeric) {
  std::vector<std::string> out = {"(" + e + ") is null", "(" + e + ") is not null"};
  if (numeric) {
    for (const char* t : {" > 0", " < 0", " == 0", " >= 1", " <= -1"}) out.push_back("(" + e + ")" + t);
  }
  return out;
}

}  // namespace

std::vector<eval::Row> operator_edge_rows(bool postgres) {
  const std::vector<Scalar> ints = {Null{}, int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{7}, int64_t{-7}, kMin, kMax, int64_t{9007199254740993}};
  std::vector<Scalar> floats = {Null{}, 0.0, -0.0, 1.5, -1.5, 9007199254740992.0, 9223372036854775808.0, -9223372036854775808.0, 1e308, -1e308};
  if (postgres) floats.push_back(std::numeric_limits<double>::quiet_NaN());
  std::vector<Scalar> texts = {Null{}, std::string(""), std::string("a"), std::string("Zoë"), std::string("\xF0\x9D\x84\x9Ex"), std::string("A@b")};
  if (!postgres) texts.push_back(std::string("a\0b", 3));
  std::vector<eval::Row> rows;
  size_t n = std::max({ints.size(), floats.size(), texts.size()}) * 3;
  for (size_t i = 0; i < n; ++i) {
    eval::Row r(6, Scalar{Null{}});
    r[0] = ints[i % ints.size()];
    r[1] = texts[(i / 2) % texts.size()];
    r[2] = floats[(i * 7 + i / ints.size()) % floats.size()];
    r[3] = texts[(i * 5 + 1) % texts.size()];
    r[4] = Date{static_cast<int32_t>(i % 3 == 0 ? -719162 : i % 3 == 1 ? 2932896 : 19000)};  // 0001-01-01, 9999-12-31, 2022
    r[5] = texts[i % texts.size()];
    rows.push_back(std::move(r));
  }
  return rows;
}

std::vector<std::string> operator_predicates() {
  std::vector<std::string> out;
  const std::vector<std::string> int_edges = {"0", "1", "-1", "7", "-7", "9223372036854775807", "-9223372036854775808", "9007199254740993"};
  const std::vector<std::string> float_edges = {"0.0", "1.5", "-1.5", "9007199254740993.0", "9223372036854775807.0", "-9223372036854775808.0", "1e308"};
  for (const char* op : {"+", "-", "*", "/", "%"}) {
    for (const auto& k : int_edges) {
      for (const auto& p : observe("order_id " + std::string(op) + " " + k, true)) out.push_back(p);
      for (const auto& p : observe(k + " " + op + " order_id", true)) out.push_back(p);
    }
    if (std::string(op) != "%") {
      for (const auto& k : float_edges) {
        for (const auto& p : observe("amount " + std::string(op) + " " + k, true)) out.push_back(p);
        for (const auto& p : observe("order_id " + std::string(op) + " " + k, true)) out.push_back(p);
      }
      for (const auto& p : observe("amount " + std::string(op) + " order_id", true)) out.push_back(p);
    }
  }
  for (const auto& p : observe("-order_id", true)) out.push_back(p);
  for (const auto& p : observe("-amount", true)) out.push_back(p);
  for (const char* op : {"==", "!=", "<", "<=", ">", ">="}) {
    for (const auto& k : int_edges) out.push_back("order_id " + std::string(op) + " " + k);
    for (const auto& k : float_edges) {
      out.push_back("order_id " + std::string(op) + " " + k);
      out.push_back("amount " + std::string(op) + " " + k);
    }
    out.push_back("amount " + std::string(op) + " order_id");
    for (const char* s : {"\"\"", "\"a\"", "\"Zoë\"", "\"Z\""}) out.push_back("notes " + std::string(op) + " " + s);
    out.push_back("notes " + std::string(op) + " country");
    out.push_back("placed_on " + std::string(op) + " date \"2022-01-01\"");
  }
  for (const char* coll : {"[0, 1, 9223372036854775807]", "[1.5, 0.0, 7.0]", "[]"}) {
    out.push_back("order_id in " + std::string(coll));
    out.push_back("order_id not in " + std::string(coll));
    out.push_back("amount in " + std::string(coll));
  }
  out.push_back("notes in [\"\", \"a\"]");
  out.push_back("(order_id > 0 and amount > 0.0) or not (notes == \"a\")");
  out.push_back("not (order_id * 2 > 0) or order_id == 1");
  out.push_back("(order_id * 2 > 0 and amount > 1e307) is null");
  for (const char* s : {"notes", "customer_email"}) {
    std::string c = s;
    for (const auto& p : observe("s.length(" + c + ")", true)) out.push_back(p);
    for (const char* x : {"\"\"", "\"a\"", "\"@\"", "\"\\u{1D11E}\""}) {
      out.push_back("s.starts_with(" + c + ", " + x + ")");
      out.push_back("s.ends_with(" + c + ", " + x + ")");
      out.push_back("s.contains(" + c + ", " + x + ")");
    }
    out.push_back("s.lower(" + c + ") == \"zoë\"");
    out.push_back("s.upper(" + c + ") == \"A@B\"");
  }
  for (const char* n : {"0", "1", "-1", "3000000", "-3000000", "9223372036854775807"}) {
    out.push_back("(t.add_days(placed_on, " + std::string(n) + ") > placed_on) is null");
    out.push_back("t.add_days(placed_on, " + std::string(n) + ") > date \"2022-01-01\"");
  }
  out.push_back("t.year(placed_on) > 2000");
  out.push_back("t.days_between(placed_on, date \"2022-06-01\") > 100");
  out.push_back("t.today(context.now) > placed_on");
  return out;
}

std::string operator_policy(const std::string& predicate) {
  return "domain global;\nimport stdlib.strings as s;\nimport stdlib.time as t;\n@id(\"p\") permit select on sales.orders rows where " + predicate +
         ";\n@id(\"u\") permit select on sales.orders when false or s.length(\"\") == 1 or t.year(date \"2020-01-01\") == 1 rows where not s.contains(\"\", \"x\");\n";
}

eval::Attributes operator_principal() {
  eval::Attributes principal;
  principal.values["id"] = eval::Val::of(std::string("a"));
  principal.values["clearance"] = eval::Val::of(int64_t{2});
  principal.values["roles"] = eval::Val::collection({});
  principal.values["region"] = eval::Val::of(std::string("EU"));
  return principal;
}

eval::Attributes operator_context() {
  eval::Attributes context;
  context.values["purposes"] = eval::Val::collection({});
  context.values["now"] = eval::Val::of(Timestamp{int64_t{1700000000} * 1000000});
  return context;
}

}  // namespace custos::testing
