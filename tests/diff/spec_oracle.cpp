// The independent semantics oracle: docs/semantics.md and docs/stdlib.md, sentence by sentence.
#include "diff/spec_oracle.h"

#include <openssl/hmac.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "functions.h"

namespace custos::testing {

namespace {

__extension__ typedef __int128 i128;  // exact room for any int64 sum, difference or product

// A value: an error, null, one scalar, or a collection.
struct V {
  enum Kind { Err, Nul, One, Many } kind = Err;
  Scalar s;
  std::vector<Scalar> items;
  static V err() { return {}; }
  static V nul() { return {Nul, Null{}, {}}; }
  static V one(Scalar x) { return std::holds_alternative<Null>(x) ? nul() : V{One, std::move(x), {}}; }
  static V boolean(bool b) { return one(b); }
};

enum class T { True, False, Unknown, Error };

T truth(const V& v) {
  if (v.kind == V::Err) return T::Error;
  if (v.kind == V::One) {
    if (const bool* b = std::get_if<bool>(&v.s)) return *b ? T::True : T::False;
    return T::Error;
  }
  return v.kind == V::Nul ? T::Unknown : T::Error;
}

V from_truth(T t) {
  switch (t) {
    case T::True: return V::boolean(true);
    case T::False: return V::boolean(false);
    case T::Unknown: return V::nul();
    case T::Error: return V::err();
  }
  return V::err();
}

// "an *error* operand behaves like *unknown* except that it wins over it".
T t_and(T a, T b) {
  if (a == T::False || b == T::False) return T::False;
  if (a == T::Error || b == T::Error) return T::Error;
  if (a == T::Unknown || b == T::Unknown) return T::Unknown;
  return T::True;
}
T t_or(T a, T b) {
  if (a == T::True || b == T::True) return T::True;
  if (a == T::Error || b == T::Error) return T::Error;
  if (a == T::Unknown || b == T::Unknown) return T::Unknown;
  return T::False;
}
T t_not(T a) { return a == T::True ? T::False : a == T::False ? T::True : a; }

// -1, 0, 1, or nullopt when the two cannot be ordered (NaN, different kinds).
std::optional<int> order(const Scalar& a, const Scalar& b) {
  auto sign = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : 0; };
  const int64_t* ai = std::get_if<int64_t>(&a);
  const int64_t* bi = std::get_if<int64_t>(&b);
  const double* ad = std::get_if<double>(&a);
  const double* bd = std::get_if<double>(&b);
  if (ai && bi) return sign(*ai, *bi);
  if (ad && bd) {
    if (std::isnan(*ad) || std::isnan(*bd)) return std::nullopt;
    return sign(*ad, *bd);
  }
  if ((ai && bd) || (ad && bi)) {
    // Exact: the integer against the double's floor, then its fraction.
    int64_t i = ai ? *ai : *bi;
    double f = ad ? *ad : *bd;
    if (std::isnan(f)) return std::nullopt;
    int c;
    if (f >= 9223372036854775808.0) {
      c = -1;
    } else if (f < -9223372036854775808.0) {
      c = 1;
    } else {
      double fl = std::floor(f);
      auto k = static_cast<int64_t>(fl);
      c = i < k ? -1 : i > k ? 1 : (f > fl ? -1 : 0);
    }
    return ai ? c : -c;
  }
  if (a.index() != b.index()) return std::nullopt;
  if (const auto* x = std::get_if<std::string>(&a)) {
    const auto& y = std::get<std::string>(b);
    // Code point order is the byte order of UTF-8.
    size_t n = std::min(x->size(), y.size());
    for (size_t k = 0; k < n; ++k) {
      auto p = static_cast<unsigned char>((*x)[k]), q = static_cast<unsigned char>(y[k]);
      if (p != q) return p < q ? -1 : 1;
    }
    return sign(x->size(), y.size());
  }
  if (const bool* x = std::get_if<bool>(&a)) return sign(int{*x}, int{std::get<bool>(b)});
  if (const auto* x = std::get_if<Date>(&a)) return sign(x->days, std::get<Date>(b).days);
  if (const auto* x = std::get_if<Timestamp>(&a)) return sign(x->micros, std::get<Timestamp>(b).micros);
  return std::nullopt;
}

bool equal(const Scalar& a, const Scalar& b) {
  auto o = order(a, b);
  return o && *o == 0;
}

bool holds_item(const std::vector<Scalar>& items, const Scalar& x) {
  return std::any_of(items.begin(), items.end(), [&](const Scalar& i) { return equal(i, x); });
}

// Calendar (proleptic Gregorian, days since 1970-01-01).
struct Ymd {
  int64_t y;
  int m, d;
};
Ymd civil(int64_t days) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (m <= 2), m, d};
}
int64_t days_of(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
constexpr int64_t kMicrosPerDay = 86400LL * 1000000LL;
int64_t day_of(const Scalar& v) {
  if (const auto* d = std::get_if<Date>(&v)) return d->days;
  int64_t us = std::get<Timestamp>(v).micros;
  return us >= 0 ? us / kMicrosPerDay : -((-us + kMicrosPerDay - 1) / kMicrosPerDay);
}

size_t code_points(const std::string& s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}
std::vector<std::string> split_code_points(const std::string& s) {
  std::vector<std::string> out;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80 && !out.empty()) {
      out.back() += c;
    } else {
      out.emplace_back(1, c);
    }
  }
  return out;
}

// docs/stdlib.md, `stdlib.strings` and `stdlib.time`; arguments are non-null.
V call(const std::string& module, const std::string& name, const std::vector<Scalar>& a) {
  auto text = [&](size_t i) { return std::get<std::string>(a.at(i)); };
  if (module == "strings") {
    if (name == "starts_with") return V::boolean(text(0).rfind(text(1), 0) == 0);
    if (name == "ends_with") {
      std::string t = text(0), x = text(1);
      return V::boolean(t.size() >= x.size() && t.compare(t.size() - x.size(), x.size(), x) == 0);
    }
    if (name == "contains") return V::boolean(text(0).find(text(1)) != std::string::npos);
    if (name == "lower" || name == "upper") {
      std::string t = text(0);
      for (char& c : t) {
        if (name == "lower" && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (name == "upper" && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      }
      return V::one(t);
    }
    if (name == "length") return V::one(static_cast<int64_t>(code_points(text(0))));
  }
  if (module == "time") {
    const int64_t lo = days_of(1, 1, 1), hi = days_of(9999, 12, 31);
    auto date = [&](int64_t d) { return d < lo || d > hi ? V::err() : V::one(Date{static_cast<int32_t>(d)}); };
    if (name == "today") return date(day_of(a.at(0)));
    if (name == "year") return V::one(civil(day_of(a.at(0))).y);
    if (name == "days_between") return V::one(int64_t{std::get<Date>(a.at(1)).days} - std::get<Date>(a.at(0)).days);
    if (name == "add_days") {
      i128 d = static_cast<i128>(std::get<Date>(a.at(0)).days) + std::get<int64_t>(a.at(1));
      return d < lo || d > hi ? V::err() : date(static_cast<int64_t>(d));
    }
  }
  throw std::logic_error("the oracle has no `" + module + "." + name + "`: write it from docs/stdlib.md");
}

V arith(ir::BinaryOp op, const V& x, const V& y) {
  if (x.kind == V::Err || y.kind == V::Err) return V::err();
  if (x.kind == V::Nul || y.kind == V::Nul) return V::nul();
  const int64_t* a = std::get_if<int64_t>(&x.s);
  const int64_t* b = std::get_if<int64_t>(&y.s);
  if (a && b && op != ir::BinaryOp::Div) {
    i128 r;
    switch (op) {
      case ir::BinaryOp::Add: r = static_cast<i128>(*a) + *b; break;
      case ir::BinaryOp::Sub: r = static_cast<i128>(*a) - *b; break;
      case ir::BinaryOp::Mul: r = static_cast<i128>(*a) * *b; break;
      case ir::BinaryOp::Mod:
        if (*b == 0) return V::err();
        r = static_cast<i128>(*a) % *b;  // truncating: the dividend's sign
        break;
      default: return V::err();
    }
    if (r < std::numeric_limits<int64_t>::min() || r > std::numeric_limits<int64_t>::max()) return V::err();
    return V::one(static_cast<int64_t>(r));
  }
  auto num = [](const V& v) { return std::holds_alternative<int64_t>(v.s) ? static_cast<double>(std::get<int64_t>(v.s)) : std::get<double>(v.s); };
  double p = num(x), q = num(y), r;
  switch (op) {
    case ir::BinaryOp::Add: r = p + q; break;
    case ir::BinaryOp::Sub: r = p - q; break;
    case ir::BinaryOp::Mul: r = p * q; break;
    case ir::BinaryOp::Div:
      if (q == 0) return V::err();
      r = p / q;
      break;
    default: return V::err();
  }
  return std::isfinite(r) ? V::one(r) : V::err();
}

struct Env {
  const eval::Attributes* principal;
  const eval::Attributes* context;
  const Product* product;
  const eval::Row* row;
};

V eval(const ir::Expr& e, const Env& env) {
  using K = ir::ExprKind;
  switch (e.kind()) {
    case K::Const: return e.type.is_error() ? V::err() : V::one(e.value());
    case K::Principal:
    case K::Context: {
      const auto& attrs = (e.kind() == K::Principal ? env.principal : env.context)->values;
      auto it = attrs.find(e.name());
      if (it == attrs.end()) return e.nullable ? V::nul() : V::err();
      const eval::Val& v = it->second;
      if (v.is_error()) return V::err();
      if (v.kind == eval::Val::Kind::Collection) return {V::Many, Null{}, *v.items};
      return V::one(v.scalar);
    }
    case K::Column: {
      if (!env.row) throw std::logic_error("a column read outside a row");
      for (size_t i = 0; i < env.product->columns.size(); ++i) {
        if (env.product->columns[i].name == e.name()) return V::one((*env.row)[i]);
      }
      return V::err();
    }
    case K::Call: {
      std::vector<Scalar> args;
      bool any_null = false;
      for (const auto& k : e.kids) {
        V v = eval(*k, env);
        if (v.kind == V::Err || v.kind == V::Many) return V::err();
        any_null |= v.kind == V::Nul;
        args.push_back(v.s);
      }
      if (any_null) return V::nul();  // "Every function ... returns null when an argument is null"
      return call(std::string(e.fn()->module), std::string(e.fn()->name), args);
    }
    case K::Not: return from_truth(t_not(truth(eval(*e.kids[0], env))));
    case K::And:
    case K::Or: {
      T t = e.kind() == K::And ? T::True : T::False;
      for (const auto& k : e.kids) t = e.kind() == K::And ? t_and(t, truth(eval(*k, env))) : t_or(t, truth(eval(*k, env)));
      return from_truth(t);
    }
    case K::Negate: {
      V v = eval(*e.kids[0], env);
      if (v.kind != V::One) return v;
      if (const int64_t* i = std::get_if<int64_t>(&v.s)) return *i == std::numeric_limits<int64_t>::min() ? V::err() : V::one(-*i);
      return V::one(-std::get<double>(v.s));  // negation keeps a NaN (only + - * / % of one is an error)
    }
    case K::Arith: return arith(e.op(), eval(*e.kids[0], env), eval(*e.kids[1], env));
    case K::Compare: {
      V x = eval(*e.kids[0], env), y = eval(*e.kids[1], env);
      if (x.kind == V::Err || y.kind == V::Err) return V::err();
      if (x.kind == V::Nul || y.kind == V::Nul) return V::nul();
      int c;
      if (x.kind == V::Many || y.kind == V::Many) {
        if (x.kind != y.kind || (e.op() != ir::BinaryOp::Eq && e.op() != ir::BinaryOp::Ne)) return V::err();
        bool same = x.items.size() == y.items.size();
        for (const auto& i : x.items) same = same && holds_item(y.items, i);
        for (const auto& i : y.items) same = same && holds_item(x.items, i);
        c = same ? 0 : 1;
      } else {
        auto o = order(x.s, y.s);
        if (!o) return V::err();
        c = *o;
      }
      switch (e.op()) {
        case ir::BinaryOp::Eq: return V::boolean(c == 0);
        case ir::BinaryOp::Ne: return V::boolean(c != 0);
        case ir::BinaryOp::Lt: return V::boolean(c < 0);
        case ir::BinaryOp::Le: return V::boolean(c <= 0);
        case ir::BinaryOp::Gt: return V::boolean(c > 0);
        case ir::BinaryOp::Ge: return V::boolean(c >= 0);
        default: return V::err();
      }
    }
    case K::In: {
      V x = eval(*e.kids[0], env), c = eval(*e.kids[1], env);
      if (x.kind == V::Err || c.kind == V::Err) return V::err();
      if (x.kind == V::Nul || c.kind == V::Nul) return V::nul();
      if (x.kind != V::One || c.kind != V::Many) return V::err();
      return V::boolean(holds_item(c.items, x.s) != e.negated());
    }
    case K::IsNull: {
      V v = eval(*e.kids[0], env);
      if (v.kind == V::Err) return v;
      return V::boolean((v.kind == V::Nul) != e.negated());
    }
    case K::Collection: {
      V out{V::Many, Null{}, {}};
      for (const auto& k : e.kids) {
        V v = eval(*k, env);
        if (v.kind != V::One) return V::err();  // a null item (or an error) makes the collection an error
        out.items.push_back(v.s);
      }
      return out;
    }
  }
  return V::err();
}

std::string hmac_hex(const std::string& key, const std::string& text) {
  unsigned char out[32];
  unsigned int len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(text.data()), text.size(), out, &len);
  static const char* hex = "0123456789abcdef";
  std::string s;
  for (unsigned i = 0; i < len; ++i) {
    s += hex[out[i] >> 4];
    s += hex[out[i] & 15];
  }
  return s;
}

// A number computed by a mask, back in the column's type; null when it does not fit.
Scalar as_column_number(const Scalar& like, double x) {
  if (!std::isfinite(x)) return Null{};
  if (std::holds_alternative<int64_t>(like)) {
    if (x < -9.2e18 || x > 9.2e18) return Null{};
    return static_cast<int64_t>(x);
  }
  return x;
}

// docs/stdlib.md, `stdlib.masks`: the masked value (null stays null except where said).
Scalar apply_mask(const ir::Rule& r, const Scalar& v, const std::string& key) {
  const std::string name(r.mask->name);
  if (name == "nullify") return Null{};
  if (std::holds_alternative<Null>(v)) return Null{};
  const auto& args = r.mask_args;
  if (name == "replace_with") {
    if (std::holds_alternative<double>(v) && std::holds_alternative<int64_t>(args.at(0))) return static_cast<double>(std::get<int64_t>(args.at(0)));
    return args.at(0);
  }
  if (name == "redact") return std::string(code_points(std::get<std::string>(v)), 'x');
  if (name == "hash") return key.empty() ? Scalar{Null{}} : Scalar{hmac_hex(key, std::get<std::string>(v))};
  if (name == "email_domain") {
    const auto& s = std::get<std::string>(v);
    size_t at = s.rfind('@');
    return at == std::string::npos ? std::string() : s.substr(at + 1);
  }
  if (name == "show_first" || name == "show_last") {
    auto cps = split_code_points(std::get<std::string>(v));
    int64_t n = std::max<int64_t>(0, std::get<int64_t>(args.at(0)));
    size_t keep = static_cast<size_t>(std::min<int64_t>(n, static_cast<int64_t>(cps.size())));
    std::string out;
    for (size_t i = 0; i < cps.size(); ++i) {
      bool kept = name == "show_first" ? i < keep : i + keep >= cps.size();
      out += kept ? cps[i] : "*";
    }
    return out;
  }
  if (name == "year_only" || name == "month_only") {
    Ymd c = civil(day_of(v));
    int64_t first = days_of(c.y, name == "year_only" ? 1 : c.m, 1);
    if (std::holds_alternative<Date>(v)) return Date{static_cast<int32_t>(first)};
    return Timestamp{first * kMicrosPerDay};
  }
  auto num = [](const Scalar& s) { return std::holds_alternative<int64_t>(s) ? static_cast<double>(std::get<int64_t>(s)) : std::get<double>(s); };
  if (name == "bucket") {
    double w = num(args.at(0)), x = num(v);
    if (!(w > 0) || std::isnan(x)) return Null{};
    return as_column_number(v, std::floor(x / w) * w);
  }
  if (name == "round_to") {
    int64_t d = std::get<int64_t>(args.at(0));
    if (d > 15 || d < -18) return Null{};
    if (std::holds_alternative<int64_t>(v) && d >= 0) return v;
    double x = num(v), scale = std::pow(10.0, static_cast<double>(d));
    if (std::isnan(x)) return Null{};
    double y = x * scale;
    double ay = std::fabs(y), f = std::floor(ay);
    double r = f + (ay - f >= 0.5 ? 1.0 : 0.0);
    return as_column_number(v, (y < 0 ? -r : r) / scale);
  }
  throw std::logic_error("the oracle has no mask `" + name + "`: write it from docs/stdlib.md");
}

// "A permit holds only when every `when` is true and every `unless` is false. A restriction
// holds unless ... some `when` is false, or some `unless` is true."
bool holds(const ir::Rule& r, const Env& env) {
  bool certain = true, disproven = false;
  for (const auto& w : r.when) {
    T t = truth(eval(*w, env));
    certain &= t == T::True;
    disproven |= t == T::False;
  }
  for (const auto& u : r.unless) {
    T t = truth(eval(*u, env));
    certain &= t == T::False;
    disproven |= t == T::True;
  }
  return r.kind == ir::RuleKind::Permit ? certain : !disproven;
}

// "Several `rows where` clauses on one rule are combined with `and`"; a rule without: true.
T rows_truth(const ir::Rule& r, const Env& env) {
  T t = T::True;
  for (const auto& p : r.rows) t = t_and(t, truth(eval(*p, env)));
  return t;
}

bool targets(const ir::RuleRef& ref, const std::string& col) {
  return std::find(ref.columns->begin(), ref.columns->end(), col) != ref.columns->end();
}

}  // namespace

SpecDecision spec_decide(const ir::PolicySet& set, size_t product, const eval::Attributes& principal,
                         const eval::Attributes& context, const std::vector<eval::Row>& rows, const std::string& hash_key) {
  SpecDecision d;
  const Product& p = set.mesh->products[product];
  const auto& rules = set.rules_for(product);
  Env env{&principal, &context, &p, nullptr};
  bool any_permit = false, table_forbid = false;
  for (const auto& ref : rules.permits) any_permit |= holds(*ref.rule, env);
  for (const auto& ref : rules.forbids) table_forbid |= ref.rule->rows.empty() && holds(*ref.rule, env);
  d.allowed = any_permit && !table_forbid;
  for (const auto& row : rows) {
    Env re = env;
    re.row = &row;
    // visible(row) = (P1 or ... or Pn) and not (F1 or ... or Fm), an error counting as null.
    T grant = T::False, hide = T::False;
    auto as_null = [](T t) { return t == T::Error ? T::Unknown : t; };
    for (const auto& ref : rules.permits) {
      if (holds(*ref.rule, env)) grant = t_or(grant, as_null(rows_truth(*ref.rule, re)));
    }
    for (const auto& ref : rules.forbids) {
      if (!ref.rule->rows.empty() && holds(*ref.rule, env)) hide = t_or(hide, as_null(rows_truth(*ref.rule, re)));
    }
    bool visible = d.allowed && t_and(grant, t_not(hide)) == T::True;
    d.visible.push_back(visible);
    if (!visible) continue;
    std::vector<std::optional<Scalar>> values;
    for (size_t c = 0; c < p.columns.size(); ++c) {
      const std::string& name = p.columns[c].name;
      bool denied = false;
      for (const auto& ref : rules.denies) denied |= targets(ref, name) && holds(*ref.rule, env);
      // Two holding masks of equal strength that differ deny the column (whatever their rows).
      std::vector<const ir::Rule*> holding;
      for (const auto& ref : rules.masks) {
        if (targets(ref, name) && holds(*ref.rule, env)) holding.push_back(ref.rule);
      }
      for (const auto* a : holding) {
        for (const auto* b : holding) {
          denied |= a->mask->strength == b->mask->strength && (a->mask->name != b->mask->name || !(a->mask_args == b->mask_args));
        }
      }
      if (denied) {
        values.push_back(std::nullopt);
        continue;
      }
      // The strictest mask that applies on this row: row-dependent ones where their predicate
      // is true, unknown or an error.
      const ir::Rule* best = nullptr;
      for (const auto* r : holding) {
        if (!r->rows.empty() && rows_truth(*r, re) == T::False) continue;
        if (!best || r->mask->strength > best->mask->strength) best = r;
      }
      values.push_back(best ? apply_mask(*best, row[c], hash_key) : row[c]);
    }
    d.values.push_back(std::move(values));
  }
  return d;
}

}  // namespace custos::testing
