// Expressions as SMT terms. Each case restates, over terms, what evaluator/eval_expr.cpp computes
// over values; tests/unit/test_analysis_encoding.cpp checks the two agree on random expressions.
#include "symbolic.h"

#include <algorithm>
#include <array>
#include <limits>


#include "calendar.h"
#include "functions.h"
#include "source/source_map.h"

namespace custos::analysis {

namespace {

constexpr int64_t kMicrosPerDay = cal::kMicrosPerDay;
constexpr unsigned kLengthBits = 20;  // strings.length: up to 2^20 - 1 code points

z3::sort sort_of(z3::context& z, TypeKind k) {
  switch (k) {
    case TypeKind::Bool: return z.bool_sort();
    case TypeKind::Int:
    case TypeKind::Date:
    case TypeKind::Timestamp: return z.bv_sort(64);  // 64-bit two's complement, as the engines compute
    case TypeKind::String:
    case TypeKind::Enum: return z.string_sort();
    case TypeKind::Float: return z.fpa_sort<64>();
    default: return z.bool_sort();  // Opaque and Null carry no value
  }
}

// Strings and enums are one kind here: both are text compared by code point.
TypeKind value_kind(TypeKind k) { return k == TypeKind::Enum ? TypeKind::String : k; }

z3::expr any_of(z3::context& z, const std::vector<z3::expr>& xs) {
  z3::expr r = z.bool_val(false);
  for (const auto& x : xs) r = r || x;
  return r;
}

z3::expr bv(z3::context& z, int64_t v) { return z.bv_val(v, 64); }
z3::expr int64_min(z3::context& z) { return bv(z, std::numeric_limits<int64_t>::min()); }

z3::expr rne(z3::context& z) { return z3::expr(z, Z3_mk_fpa_rne(z)); }
// An int as a double, rounding to nearest even (C++'s conversion).
z3::expr fp_of_int(const z3::expr& i) {
  z3::context& z = i.ctx();
  return z3::expr(z, Z3_mk_fpa_to_fp_signed(z, rne(z), i, z.fpa_sort<64>()));
}
// Ints and doubles both fit exactly in IEEE binary128: comparing there is comparing exactly.
z3::expr quad_of_int(const z3::expr& i) {
  z3::context& z = i.ctx();
  return z3::expr(z, Z3_mk_fpa_to_fp_signed(z, rne(z), i, z.fpa_sort<128>()));
}
z3::expr quad_of_double(const z3::expr& f) {
  z3::context& z = f.ctx();
  return z3::expr(z, Z3_mk_fpa_to_fp_float(z, rne(z), f, z.fpa_sort<128>()));
}
z3::expr fp_finite(const z3::expr& f) { return !f.mk_is_inf() && !f.mk_is_nan(); }
z3::expr fp_is_zero(const z3::expr& f) { return z3::expr(f.ctx(), Z3_mk_fpa_is_zero(f.ctx(), f)); }

// The year of a day since 1970-01-01 (H. Hinnant's civil_from_days). Days of years 0001..9999
// shifted by 719468 are non-negative, so every division here is unsigned.
z3::expr year_of_days(const z3::expr& days) {
  z3::context& z = days.ctx();
  auto k = [&](int64_t v) { return bv(z, v); };
  z3::expr d = days + k(719468);
  z3::expr era = z3::udiv(d, k(146097));
  z3::expr doe = d - era * k(146097);
  z3::expr yoe = z3::udiv(doe - z3::udiv(doe, k(1460)) + z3::udiv(doe, k(36524)) - z3::udiv(doe, k(146096)), k(365));
  z3::expr y = yoe + era * k(400);
  z3::expr doy = doe - (k(365) * yoe + z3::udiv(yoe, k(4)) - z3::udiv(yoe, k(100)));
  z3::expr mp = z3::udiv(k(5) * doy + k(2), k(153));
  z3::expr m = z3::ite(mp < k(10), mp + k(3), mp - k(9));
  return y + z3::ite(m <= k(2), k(1), k(0));
}

// The day holding a timestamp (rounding toward the past) or a date.
z3::expr day_of(const Sym& s) {
  if (s.kind != TypeKind::Timestamp) return s.val;
  z3::context& z = s.val.ctx();
  z3::expr q = s.val / bv(z, kMicrosPerDay);  // signed division truncates toward zero
  return z3::ite(s.val < bv(z, 0) && z3::srem(s.val, bv(z, kMicrosPerDay)) != bv(z, 0), q - bv(z, 1), q);
}

// Errors dominate nulls: the result of an operator over `xs` before its own checks.
void propagate(Sym& out, const std::vector<const Sym*>& xs) {
  z3::context& z = out.err.ctx();
  std::vector<z3::expr> errs, nulls;
  for (const Sym* x : xs) {
    errs.push_back(x->err);
    nulls.push_back(x->null);
  }
  out.err = any_of(z, errs);
  out.null = !out.err && any_of(z, nulls);
}

bool numeric(TypeKind k) { return k == TypeKind::Int || k == TypeKind::Float; }

// `a op b` for two non-null scalars, as compare_scalars orders them; `ok` is false where they
// are not comparable (an error).
z3::expr compare_values(ir::BinaryOp op, const Sym& a, const Sym& b, z3::expr& ok, const Span& span) {
  z3::context& z = a.val.ctx();
  ok = z.bool_val(true);
  auto order = [&](const z3::expr& x, const z3::expr& y, auto lt, auto eq) -> z3::expr {
    switch (op) {
      case ir::BinaryOp::Eq: return eq(x, y);
      case ir::BinaryOp::Ne: return !eq(x, y);
      case ir::BinaryOp::Lt: return lt(x, y);
      case ir::BinaryOp::Le: return lt(x, y) || eq(x, y);
      case ir::BinaryOp::Gt: return lt(y, x);
      case ir::BinaryOp::Ge: return lt(y, x) || eq(x, y);
      default: throw Unsupported{"an arithmetic operator used as a comparison", span};
    }
  };
  auto lt_plain = [](const z3::expr& x, const z3::expr& y) { return x < y; };
  auto eq_plain = [](const z3::expr& x, const z3::expr& y) { return x == y; };
  if (a.collection || b.collection) throw Unsupported{"comparing collections with == or != has no exact encoding yet", span};
  TypeKind ka = a.kind, kb = b.kind;
  if (numeric(ka) && numeric(kb)) {
    if (ka == TypeKind::Int && kb == TypeKind::Int) return order(a.val, b.val, lt_plain, eq_plain);
    if (ka == TypeKind::Float && kb == TypeKind::Float) {
      return order(a.val, b.val, [](const z3::expr& x, const z3::expr& y) { return x < y; },
                   [](const z3::expr& x, const z3::expr& y) { return z3::fp_eq(x, y); });
    }
    // Mixed: exactly, by mathematical value.
    z3::expr x = ka == TypeKind::Int ? quad_of_int(a.val) : quad_of_double(a.val);
    z3::expr y = kb == TypeKind::Int ? quad_of_int(b.val) : quad_of_double(b.val);
    return order(x, y, [](const z3::expr& p, const z3::expr& q) { return p < q; },
                 [](const z3::expr& p, const z3::expr& q) { return z3::fp_eq(p, q); });
  }
  if (ka != kb) {
    ok = z.bool_val(false);
    return z.bool_val(false);
  }
  switch (ka) {
    case TypeKind::String:
      return order(a.val, b.val, [&](const z3::expr& x, const z3::expr& y) { return z3::expr(z, Z3_mk_str_lt(z, x, y)); },
                   eq_plain);
    case TypeKind::Bool: {
      z3::expr x = z3::ite(a.val, z.int_val(1), z.int_val(0)), y = z3::ite(b.val, z.int_val(1), z.int_val(0));
      return order(x, y, lt_plain, eq_plain);
    }
    case TypeKind::Date:
    case TypeKind::Timestamp: return order(a.val, b.val, lt_plain, eq_plain);
    default: throw Unsupported{"comparing values of type " + std::string(kind_name(ka)), span};
  }
}

Sym encode_const(z3::context& z, const ir::Expr& e) {
  Sym s(z);
  if (e.type.is_error()) {
    s.err = z.bool_val(true);
    return s;
  }
  struct V {
    z3::context& z;
    Sym& s;
    void operator()(Null) const {
      s.null = z.bool_val(true);
      s.kind = TypeKind::Null;
    }
    void operator()(bool b) const {
      s.val = z.bool_val(b);
      s.kind = TypeKind::Bool;
    }
    void operator()(int64_t i) const {
      s.val = bv(z, i);
      s.kind = TypeKind::Int;
    }
    void operator()(double d) const {
      s.val = z.fpa_val(d);
      s.kind = TypeKind::Float;
    }
    void operator()(const std::string& t) const {
      s.val = string_term(z, t);
      s.kind = TypeKind::String;
    }
    void operator()(Date d) const {
      s.val = bv(z, d.days);
      s.kind = TypeKind::Date;
    }
    void operator()(Timestamp t) const {
      s.val = bv(z, t.micros);
      s.kind = TypeKind::Timestamp;
    }
  };
  std::visit(V{z, s}, e.value());
  return s;
}

// ---- strings.lower / strings.upper ------------------------------------------------------------
// They map ASCII letters only (stdlib/natives_scalars.cpp), one code point to one, and have no
// term of their own in Z3 4.8 (a chain of str.replace_all leaves it answering "unknown"). But a
// case-folded string compared with a literal is a regular language over the argument: lower(x)
// is "de" exactly when x is in [dD][eE]. So the shapes policies use (==, !=, `in` a list of
// literals, starts_with / ends_with / contains a literal) are encoded as membership, exactly;
// anything else that reads lower(x) stays "unknown" with its reason.
struct CaseFold {
  const ir::Expr* arg;
  bool lower;
};

std::optional<CaseFold> case_fold(const ir::Expr& e) {
  if (e.kind() != ir::ExprKind::Call || !e.fn() || e.kids.size() != 1 || e.fn()->module != "strings") return std::nullopt;
  if (e.fn()->name != "lower" && e.fn()->name != "upper") return std::nullopt;
  return CaseFold{e.kids[0].get(), e.fn()->name == "lower"};
}

const std::string* literal_text(const ir::Expr& e) {
  return e.kind() == ir::ExprKind::Const ? std::get_if<std::string>(&e.value()) : nullptr;
}

std::string fold_case(std::string s, bool lower) {
  for (char& c : s) {
    if (lower && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!lower && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// The strings whose case-folded form is `text`, as a regular expression over code points.
z3::expr unfolded(z3::context& z, const std::string& text, bool lower) {
  z3::sort str = z.string_sort();
  z3::expr re = z3::to_re(z.string_val(""));
  auto either = [&](const z3::expr& a, const z3::expr& b) {
    return z3::expr(z, Z3_mk_re_union(z, 2, std::array<Z3_ast, 2>{a, b}.data()));
  };
  auto one = [&](uint32_t cp) {
    std::string utf8;
    encode_utf8(utf8, cp);
    return z3::to_re(string_term(z, utf8));
  };
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = 0;
    size_t n = 1;
    if (!decode_utf8(text, i, cp, n)) cp = 0xFFFD;
    i += n;
    const bool folded_away = lower ? (cp >= 'A' && cp <= 'Z') : (cp >= 'a' && cp <= 'z');
    if (folded_away) return z3::re_empty(z.re_sort(str));  // never in a folded string
    z3::expr r = one(cp);
    if (lower && cp >= 'a' && cp <= 'z') r = either(r, one(cp - 'a' + 'A'));
    if (!lower && cp >= 'A' && cp <= 'Z') r = either(r, one(cp - 'A' + 'a'));
    re = z3::expr(z, Z3_mk_re_concat(z, 2, std::array<Z3_ast, 2>{re, r}.data()));
  }
  return re;
}

enum class Where { Whole, Prefix, Suffix, Inside };

// `fold(arg)` matched against a literal: whole, as a prefix, a suffix or anywhere inside.
Sym folded_match(const CaseFold& f, const std::string& literal, Where where, bool negate, World& w, const Product* product) {
  z3::context& z = w.z();
  Sym x = encode(*f.arg, w, product);
  if (x.collection) throw Unsupported{"a collection passed to a function", f.arg->span};
  Sym s(z);
  s.kind = TypeKind::Bool;
  propagate(s, {&x});
  if (x.kind == TypeKind::Null) return s;
  z3::expr re = unfolded(z, literal, f.lower);
  z3::sort str = z.string_sort();
  z3::expr any = z3::re_full(z.re_sort(str));
  auto cat = [&](const z3::expr& a, const z3::expr& b) { return z3::expr(z, Z3_mk_re_concat(z, 2, std::array<Z3_ast, 2>{a, b}.data())); };
  if (where == Where::Prefix || where == Where::Inside) re = cat(re, any);
  if (where == Where::Suffix || where == Where::Inside) re = cat(any, re);
  z3::expr hit = z3::in_re(x.val, re);
  s.val = negate ? !hit : hit;
  return s;
}

// The shapes above, or nullopt (then `e` is encoded as usual, and a case fold inside it is
// "unknown").
std::optional<Sym> encode_case_folded(const ir::Expr& e, World& w, const Product* product) {
  if (e.kind() == ir::ExprKind::Compare && (e.op() == ir::BinaryOp::Eq || e.op() == ir::BinaryOp::Ne)) {
    for (int side = 0; side < 2; ++side) {
      auto f = case_fold(*e.kids[static_cast<size_t>(side)]);
      const std::string* text = literal_text(*e.kids[static_cast<size_t>(1 - side)]);
      if (f && text) return folded_match(*f, *text, Where::Whole, e.op() == ir::BinaryOp::Ne, w, product);
    }
  }
  if (e.kind() == ir::ExprKind::Call && e.fn() && e.fn()->module == "strings" && e.kids.size() == 2) {
    auto f = case_fold(*e.kids[0]);
    const std::string* text = literal_text(*e.kids[1]);
    const std::string_view name = e.fn()->name;
    const Where where = name == "starts_with" ? Where::Prefix : name == "ends_with" ? Where::Suffix : Where::Inside;
    if (f && text && (name == "starts_with" || name == "ends_with" || name == "contains")) {
      return folded_match(*f, *text, where, false, w, product);
    }
  }
  if (e.kind() == ir::ExprKind::In && e.kids[1]->kind() == ir::ExprKind::Collection) {
    auto f = case_fold(*e.kids[0]);
    std::vector<const std::string*> texts;
    for (const auto& k : e.kids[1]->kids) texts.push_back(literal_text(*k));
    if (f && !texts.empty() && std::all_of(texts.begin(), texts.end(), [](const std::string* t) { return t != nullptr; })) {
      z3::context& z = w.z();
      Sym x = encode(*f->arg, w, product);
      if (x.collection) throw Unsupported{"a collection passed to a function", f->arg->span};
      Sym s(z);
      s.kind = TypeKind::Bool;
      propagate(s, {&x});
      if (x.kind == TypeKind::Null) return s;
      std::vector<z3::expr> hits;
      for (const std::string* t : texts) hits.push_back(z3::in_re(x.val, unfolded(z, *t, f->lower)));
      z3::expr found = any_of(z, hits);
      s.val = e.negated() ? !found : found;
      return s;
    }
  }
  return std::nullopt;
}

Sym encode_call(const ir::Expr& e, World& w, const Product* product) {
  z3::context& z = w.z();
  std::vector<Sym> args;
  for (const auto& k : e.kids) args.push_back(encode(*k, w, product));
  Sym s(z);
  std::vector<const Sym*> ptrs;
  for (const auto& a : args) {
    if (a.collection) throw Unsupported{"a collection passed to a function", e.span};
    ptrs.push_back(&a);
  }
  propagate(s, ptrs);
  const std::string_view name = e.fn()->name;
  const std::string_view module = e.fn()->module;
  z3::expr op_err = z.bool_val(false);
  if (module == "strings" && name == "starts_with") {
    s.val = z3::prefixof(args[1].val, args[0].val);
    s.kind = TypeKind::Bool;
  } else if (module == "strings" && name == "ends_with") {
    s.val = z3::suffixof(args[1].val, args[0].val);
    s.kind = TypeKind::Bool;
  } else if (module == "strings" && name == "contains") {
    s.val = args[0].val.contains(args[1].val);
    s.kind = TypeKind::Bool;
  } else if (module == "strings" && name == "length") {
    // Z3 4.8's int2bv over string lengths is unsound in places: the length is linked to a
    // bit-vector through its bits instead (strings of fewer than 2^20 code points).
    z3::expr len = z3::expr(z, Z3_mk_fresh_const(z, "length", z.bv_sort(64)));
    z3::expr sum = z.int_val(0);
    for (unsigned bit = 0; bit < kLengthBits; ++bit) {
      sum = sum + z3::ite(len.extract(bit, bit) == z.bv_val(1, 1), z.int_val(int64_t{1} << bit), z.int_val(0));
    }
    w.constrain(len.extract(63, kLengthBits) == z.bv_val(0, 64 - kLengthBits));
    w.constrain(args[0].val.length() == sum);
    s.val = len;
    s.kind = TypeKind::Int;
  } else if (module == "strings" && (name == "lower" || name == "upper") && literal_text(*e.kids[0])) {
    s.val = string_term(z, fold_case(*literal_text(*e.kids[0]), name == "lower"));
    s.kind = TypeKind::String;
  } else if (module == "time" && name == "today") {
    s.val = day_of(args[0]);
    s.kind = TypeKind::Date;
  } else if (module == "time" && name == "add_days") {
    s.val = args[0].val + args[1].val;
    op_err = !z3::expr(z, Z3_mk_bvadd_no_overflow(z, args[0].val, args[1].val, true)) ||
             !z3::expr(z, Z3_mk_bvadd_no_underflow(z, args[0].val, args[1].val)) || s.val < bv(z, first_day()) ||
             s.val > bv(z, last_day());
    s.kind = TypeKind::Date;
  } else if (module == "time" && name == "days_between") {
    s.val = args[1].val - args[0].val;
    s.kind = TypeKind::Int;
  } else if (module == "time" && name == "year") {
    s.val = year_of_days(day_of(args[0]));
    s.kind = TypeKind::Int;
  } else {
    throw Unsupported{std::string(module) + "." + std::string(name) + " has no exact encoding yet", e.span};
  }
  s.err = s.err || (!s.null && op_err);
  s.null = s.null && !s.err;
  return s;
}

Sym encode_arith(const ir::Expr& e, const Sym& a, const Sym& b) {
  z3::context& z = a.err.ctx();
  Sym s(z);
  propagate(s, {&a, &b});
  if (a.collection || b.collection) throw Unsupported{"arithmetic on a collection", e.span};
  z3::expr op_err = z.bool_val(false);
  const ir::BinaryOp op = e.op();
  if (!numeric(a.kind) || !numeric(b.kind)) {
    // The interpreter computes only with numbers; anything else is an error once non-null.
    op_err = z.bool_val(true);
    s.kind = e.type.kind;
    s.val = z3::expr(z, Z3_mk_fresh_const(z, "arith", sort_of(z, value_kind(e.type.kind))));
  } else if (a.kind == TypeKind::Int && b.kind == TypeKind::Int && op != ir::BinaryOp::Div) {
    s.kind = TypeKind::Int;
    // Each raw Z3_ast is wrapped (reference-counted) before the next is made.
    auto fits = [](const z3::expr& no_overflow, const z3::expr& no_underflow) { return no_overflow && no_underflow; };
    auto wrap = [&](Z3_ast a) { return z3::expr(z, a); };
    switch (op) {
      case ir::BinaryOp::Add:
        s.val = a.val + b.val;
        op_err = !fits(wrap(Z3_mk_bvadd_no_overflow(z, a.val, b.val, true)), wrap(Z3_mk_bvadd_no_underflow(z, a.val, b.val)));
        break;
      case ir::BinaryOp::Sub:
        s.val = a.val - b.val;
        op_err = !fits(wrap(Z3_mk_bvsub_no_overflow(z, a.val, b.val)), wrap(Z3_mk_bvsub_no_underflow(z, a.val, b.val, true)));
        break;
      case ir::BinaryOp::Mul:
        s.val = a.val * b.val;
        op_err = !fits(wrap(Z3_mk_bvmul_no_overflow(z, a.val, b.val, true)), wrap(Z3_mk_bvmul_no_underflow(z, a.val, b.val)));
        break;
      case ir::BinaryOp::Mod:
        op_err = b.val == bv(z, 0);
        // Truncated remainder (bvsrem): the sign of the dividend; x % -1 is 0.
        s.val = z3::ite(b.val == bv(z, -1), bv(z, 0), z3::srem(a.val, b.val));
        break;
      default: throw Unsupported{"an unknown arithmetic operator", e.span};
    }
  } else {
    s.kind = TypeKind::Float;
    z3::expr x = a.kind == TypeKind::Int ? fp_of_int(a.val) : a.val;
    z3::expr y = b.kind == TypeKind::Int ? fp_of_int(b.val) : b.val;
    switch (op) {
      case ir::BinaryOp::Add: s.val = z3::expr(z, Z3_mk_fpa_add(z, rne(z), x, y)); break;
      case ir::BinaryOp::Sub: s.val = z3::expr(z, Z3_mk_fpa_sub(z, rne(z), x, y)); break;
      case ir::BinaryOp::Mul: s.val = z3::expr(z, Z3_mk_fpa_mul(z, rne(z), x, y)); break;
      case ir::BinaryOp::Div:
        op_err = fp_is_zero(y);
        s.val = z3::expr(z, Z3_mk_fpa_div(z, rne(z), x, y));
        break;
      default:  // % of a float is an error in the interpreter
        op_err = z.bool_val(true);
        s.val = x;
        break;
    }
    op_err = op_err || !fp_finite(s.val);
  }
  s.err = s.err || (!s.null && op_err);
  s.null = s.null && !s.err;
  return s;
}

}  // namespace

int64_t first_day() { return cal::days_from_civil(1, 1, 1); }
int64_t last_day() { return cal::days_from_civil(9999, 12, 31); }

z3::expr string_term(z3::context& z, const std::string& utf8) {
  // Z3 reads `\u{HEX}` escapes; everything but printable ASCII is written that way.
  std::string text;
  for (size_t i = 0; i < utf8.size();) {
    uint32_t cp = 0;
    size_t n = 1;
    if (!decode_utf8(utf8, i, cp, n)) cp = 0xFFFD;  // policy and input text is valid UTF-8 already
    i += n;
    if (cp >= 0x20 && cp < 0x7F && cp != '\\') {
      text += static_cast<char>(cp);
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\u{%x}", cp);
      text += buf;
    }
  }
  return z3::expr(z, Z3_mk_string(z, text.c_str()));
}

std::optional<std::string> string_value(const z3::expr& value) {
  if (!value.is_string_value()) return std::nullopt;
  std::string escaped = Z3_get_string(value.ctx(), value);
  std::string out;
  auto put = [&](uint32_t cp) { encode_utf8(out, cp); };
  for (size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] == '\\' && i + 1 < escaped.size() && escaped[i + 1] == 'u') {
      size_t start = i + 2, end;
      bool braced = start < escaped.size() && escaped[start] == '{';
      if (braced) {
        end = escaped.find('}', start);
        if (end == std::string::npos) return std::nullopt;
        put(static_cast<uint32_t>(std::stoul(escaped.substr(start + 1, end - start - 1), nullptr, 16)));
        i = end;
      } else {
        if (start + 4 > escaped.size()) return std::nullopt;
        put(static_cast<uint32_t>(std::stoul(escaped.substr(start, 4), nullptr, 16)));
        i = start + 3;
      }
      continue;
    }
    out += escaped[i];
  }
  return out;
}

z3::expr World::scalar_var(const std::string& name, const Type& type) {
  z3::expr v = z_.constant(name.c_str(), sort_of(z_, type.kind));
  switch (type.kind) {
    case TypeKind::Int: break;
    case TypeKind::Date: domains_.push_back(v >= bv(z_, first_day()) && v <= bv(z_, last_day())); break;
    case TypeKind::Timestamp:
      domains_.push_back(v >= bv(z_, first_day() * kMicrosPerDay) && v < bv(z_, (last_day() + 1) * kMicrosPerDay));
      break;
    case TypeKind::Float: domains_.push_back(fp_finite(v)); break;
    case TypeKind::Enum: {
      std::vector<z3::expr> any;
      for (const auto& value : *type.enum_values) any.push_back(v == string_term(z_, value));
      domains_.push_back(any_of(z_, any));
      break;
    }
    case TypeKind::Bool:
    case TypeKind::String:
    case TypeKind::Opaque: break;
    default: throw Unsupported{"values of type " + to_string(type) + " have no exact encoding yet", {}};
  }
  return v;
}

World::Var World::make(const std::string& prefix, const std::string& name, const Type& type, bool required, bool can_err) {
  Var var{name, type, required, Sym(z_), {}};
  const std::string base = prefix + name;
  if (!required) var.sym.null = z_.bool_const((base + "!null").c_str());
  if (required && can_err) var.sym.err = z_.bool_const((base + "!missing").c_str());
  if (type.is_collection()) {
    var.sym.collection = true;
    var.sym.kind = value_kind(type.elem);
    if (type.elem == TypeKind::Float || type.elem == TypeKind::Time) {
      // -0.0 and 0.0 are equal members but distinct terms: membership by term would split them.
      throw Unsupported{"collections of " + std::string(kind_name(type.elem)) + " have no exact encoding yet", {}};
    }
    var.sym.member = z_.function((base + "!has").c_str(), sort_of(z_, type.elem), z_.bool_sort());
  } else {
    var.sym.kind = value_kind(type.kind);
    var.sym.val = scalar_var(base, type);
  }
  return var;
}

const Sym& World::attribute(bool principal, const Attribute& a) {
  auto& vars = principal ? principal_ : context_;
  auto it = vars.find(a.name);
  if (it != vars.end()) {
    if (!(it->second.type == a.type) || it->second.required == a.optional) {
      throw Unsupported{(principal ? "principal." : "context.") + a.name + " is declared differently in the two versions", a.span};
    }
    return it->second.sym;
  }
  Var v = make(principal ? "principal." : "context.", a.name, a.type, !a.optional, true);
  return vars.emplace(a.name, std::move(v)).first->second.sym;
}

const Sym& World::column(const std::string& product, const Column& c) {
  auto& vars = rows_[product];
  auto it = vars.find(c.name);
  if (it != vars.end()) {
    if (!(it->second.type == c.type) || it->second.required != c.required) {
      throw Unsupported{"column " + product + "." + c.name + " is declared differently in the two versions", c.span};
    }
    return it->second.sym;
  }
  Var v = make("row." + product + ".", c.name, c.type, c.required, false);
  return vars.emplace(c.name, std::move(v)).first->second.sym;
}

void World::probe(const Sym& collection, const z3::expr& item) {
  for (auto* vars : {&principal_, &context_}) {
    for (auto& [name, var] : *vars) {
      if (!var.sym.member || !collection.member || !z3::eq(*var.sym.member, *collection.member)) continue;
      var.probes.push_back(item);
      if (var.type.elem == TypeKind::Enum) {
        // Only declared values can be members.
        std::vector<z3::expr> any;
        for (const auto& value : *var.type.enum_values) any.push_back(item == string_term(z_, value));
        domains_.push_back(z3::implies((*var.sym.member)(item), any_of(z_, any)));
      }
    }
  }
}

Sym sym_bool(z3::context& z, const z3::expr& certain) {
  Sym s(z);
  s.val = certain;
  s.kind = TypeKind::Bool;
  return s;
}

Sym sym_not(const Sym& x) {
  Sym s = x;
  s.val = !x.val;
  return s;
}

namespace {
// Kleene `and` (a false operand decides) or `or` (a true one does); otherwise an error dominates
// an unknown, as the interpreter's `logical` computes.
Sym kleene(z3::context& z, const std::vector<Sym>& xs, bool is_and) {
  std::vector<z3::expr> decisive, errs, nulls;
  for (const auto& x : xs) {
    decisive.push_back(is_and ? x.is_false() : x.is_true());
    errs.push_back(x.err);
    nulls.push_back(x.null);
  }
  Sym s(z);
  s.kind = TypeKind::Bool;
  z3::expr decided = any_of(z, decisive);
  s.err = !decided && any_of(z, errs);
  s.null = !decided && !s.err && any_of(z, nulls);
  s.val = is_and ? !decided : decided;
  return s;
}
}  // namespace

Sym sym_and(z3::context& z, const std::vector<Sym>& xs) { return kleene(z, xs, true); }
Sym sym_or(z3::context& z, const std::vector<Sym>& xs) { return kleene(z, xs, false); }

Sym encode(const ir::Expr& e, World& w, const Product* product) {
  z3::context& z = w.z();
  if (auto folded = encode_case_folded(e, w, product)) return *folded;
  switch (e.kind()) {
    case ir::ExprKind::Const: return encode_const(z, e);
    case ir::ExprKind::Principal:
    case ir::ExprKind::Context: {
      if (e.type.kind == TypeKind::Time) throw Unsupported{"attributes of type time have no exact encoding yet", e.span};
      Attribute a{e.name(), e.type, e.nullable, e.span};
      return w.attribute(e.kind() == ir::ExprKind::Principal, a);
    }
    case ir::ExprKind::Column: {
      const Column* c = product ? product->find_column(e.name()) : nullptr;
      if (!c) throw Unsupported{"column `" + e.name() + "` outside its product", e.span};
      if (c->type.kind == TypeKind::Time || c->type.is_collection()) {
        throw Unsupported{"columns of type " + to_string(c->type) + " have no exact encoding yet", e.span};
      }
      return w.column(product->qualified(), *c);
    }
    case ir::ExprKind::Call: return encode_call(e, w, product);
    case ir::ExprKind::Not: {
      Sym x = encode(*e.kids[0], w, product);
      return sym_not(x);
    }
    case ir::ExprKind::Negate: {
      Sym x = encode(*e.kids[0], w, product);
      Sym s = x;
      if (x.kind == TypeKind::Int) {
        s.err = x.err || (!x.null && x.val == int64_min(z));
        s.null = x.null && !s.err;
        s.val = -x.val;
      } else if (x.kind == TypeKind::Float) {
        s.val = -x.val;
      } else if (x.kind != TypeKind::Null) {
        s.err = x.err || !x.null;
        s.null = x.null && !s.err;
      }
      return s;
    }
    case ir::ExprKind::Arith: {
      Sym a = encode(*e.kids[0], w, product);
      Sym b = encode(*e.kids[1], w, product);
      return encode_arith(e, a, b);
    }
    case ir::ExprKind::Compare: {
      Sym a = encode(*e.kids[0], w, product);
      Sym b = encode(*e.kids[1], w, product);
      Sym s(z);
      s.kind = TypeKind::Bool;
      propagate(s, {&a, &b});
      if (a.kind == TypeKind::Null || b.kind == TypeKind::Null) return s;  // the literal null
      z3::expr ok(z);
      s.val = compare_values(e.op(), a, b, ok, e.span);
      s.err = s.err || (!s.null && !ok);
      s.null = s.null && !s.err;
      return s;
    }
    case ir::ExprKind::And:
    case ir::ExprKind::Or: {
      std::vector<Sym> xs;
      for (const auto& k : e.kids) xs.push_back(encode(*k, w, product));
      return e.kind() == ir::ExprKind::And ? sym_and(z, xs) : sym_or(z, xs);
    }
    case ir::ExprKind::In: {
      Sym item = encode(*e.kids[0], w, product);
      Sym coll = encode(*e.kids[1], w, product);
      if (item.collection || !coll.collection) throw Unsupported{"`in` needs a value and a collection", e.span};
      Sym s(z);
      s.kind = TypeKind::Bool;
      propagate(s, {&item, &coll});
      if (item.kind == TypeKind::Null) return s;
      z3::expr found = z.bool_val(false);
      if (coll.member) {
        if (item.kind != coll.kind) throw Unsupported{"`in` between a value and a collection of another type", e.span};
        found = (*coll.member)(item.val);
        w.probe(coll, item.val);
      } else {
        std::vector<z3::expr> hits;
        for (const Sym& x : coll.items) {
          z3::expr ok(z);
          z3::expr eq = compare_values(ir::BinaryOp::Eq, item, x, ok, e.span);
          hits.push_back(ok && eq);  // incomparable items are simply not equal
        }
        found = any_of(z, hits);
      }
      s.val = e.negated() ? !found : found;
      return s;
    }
    case ir::ExprKind::IsNull: {
      Sym x = encode(*e.kids[0], w, product);
      Sym s(z);
      s.kind = TypeKind::Bool;
      s.err = x.err;
      s.val = e.negated() ? !x.null : x.null;
      return s;
    }
    case ir::ExprKind::Collection: {
      Sym s(z);
      s.collection = true;
      s.kind = value_kind(e.type.elem);
      std::vector<z3::expr> bad;
      for (const auto& k : e.kids) {
        s.items.push_back(encode(*k, w, product));
        if (s.items.back().collection) throw Unsupported{"a collection inside a collection", e.span};
        bad.push_back(s.items.back().err || s.items.back().null);
      }
      s.err = any_of(z, bad);
      return s;
    }
  }
  throw Unsupported{"an unknown expression kind", e.span};
}

}  // namespace custos::analysis
