// Residual expressions to SQL. Each construct mirrors eval_expr.cpp; comments say where a
// dialect needs help to give the evaluator's answer (and not raise an error instead).
#include "emit_expr.h"

#include <cmath>
#include <limits>


namespace custos::sql {

namespace {

constexpr const char* kMaxDouble = "1.7976931348623157e308";
constexpr const char* kTwo52 = "4503599627370496.0";  // every double at least this large is integral
constexpr const char* kLnMaxDouble = "709.782712893384";             // ln(DBL_MAX)
constexpr const char* kLnHalfMinSubnormal = "-745.1332191019412";    // ln(2^-1075): below it, IEEE rounds to 0

std::string paren(const std::string& s) { return "(" + s + ")"; }

std::string any_of(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return "(" + a + " OR " + b + ")";
}

// NULL where the error condition holds, the value otherwise.
std::string null_if(const std::string& condition, const std::string& value) {
  return "CASE WHEN " + condition + " THEN NULL ELSE " + value + " END";
}

const char* compare_op(ir::BinaryOp op) {
  switch (op) {
    case ir::BinaryOp::Eq: return "=";
    case ir::BinaryOp::Ne: return "<>";
    case ir::BinaryOp::Lt: return "<";
    case ir::BinaryOp::Le: return "<=";
    case ir::BinaryOp::Gt: return ">";
    case ir::BinaryOp::Ge: return ">=";
    default: throw Unsupported("not a comparison");
  }
}

const char* arith_op(ir::BinaryOp op) {
  switch (op) {
    case ir::BinaryOp::Add: return "+";
    case ir::BinaryOp::Sub: return "-";
    case ir::BinaryOp::Mul: return "*";
    case ir::BinaryOp::Div: return "/";
    case ir::BinaryOp::Mod: return "%";
    default: throw Unsupported("not an arithmetic operator");
  }
}

// `a op b` as `b flipped(op) a`.
ir::BinaryOp flipped(ir::BinaryOp op) {
  switch (op) {
    case ir::BinaryOp::Lt: return ir::BinaryOp::Gt;
    case ir::BinaryOp::Le: return ir::BinaryOp::Ge;
    case ir::BinaryOp::Gt: return ir::BinaryOp::Lt;
    case ir::BinaryOp::Ge: return ir::BinaryOp::Le;
    default: return op;
  }
}

constexpr const char* kTwo63 = "9223372036854775808.0";

// A folded integer constant that a double holds exactly, or nullptr.
const int64_t* exact_double(const ir::Expr& e) {
  if (e.kind() != ir::ExprKind::Const || e.type.is_error()) return nullptr;
  const int64_t* k = std::get_if<int64_t>(&e.value());
  if (!k) return nullptr;
  double d = static_cast<double>(*k);
  return d < 9223372036854775808.0 && static_cast<int64_t>(d) == *k ? k : nullptr;
}

bool is_text(TypeKind k) { return k == TypeKind::String || k == TypeKind::Enum; }

std::string hex(const unsigned char* p, size_t n) {
  static const char* digits = "0123456789abcdef";
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s += digits[p[i] >> 4];
    s += digits[p[i] & 15];
  }
  return s;
}

}  // namespace

std::string ExprEmitter::column(size_t index) const {
  const Column& c = product_.columns.at(index);
  std::string name = quote_identifier(c.name);
  TypeKind k = c.type.kind;
  bool scalar = k != TypeKind::Opaque && k != TypeKind::Set && k != TypeKind::List && k != TypeKind::Time;
  return opts_.cast_columns && scalar ? "CAST(" + name + " AS " + sql_type(d_, k) + ")" : name;
}

// Rules that target several products (by tag) name columns without a position: look them up in
// this product.
const Column& ExprEmitter::column_of(const ir::Expr& e) const {
  if (e.slot() >= 0 && static_cast<size_t>(e.slot()) < product_.columns.size()) return product_.columns[static_cast<size_t>(e.slot())];
  if (e.slot() < 0) {
    if (const Column* c = product_.find_column(e.name())) return *c;
  }
  throw Unsupported("column `" + e.name() + "` is not a column of `" + product_.qualified() + "`");
}

TypeKind ExprEmitter::kind_of(const ir::Expr& e) const {
  if (e.kind() == ir::ExprKind::Column) return column_of(e).type.kind;
  return e.type.kind;
}

// An attribute read in the database: absent is null when it is optional, an error otherwise.
Fragment ExprEmitter::attribute(const ir::Expr& e) const {
  if (!opts_.attribute) throw Unsupported("`" + e.name() + "` was not folded into the residual");
  std::string v = opts_.attribute(e.kind() == ir::ExprKind::Principal, e.name());
  return {v, e.nullable ? "" : "(" + v + " IS NULL)"};
}

std::string ExprEmitter::as_double(const std::string& sql, TypeKind kind) const {
  if (kind == TypeKind::Float) return sql;
  return "CAST(" + sql + " AS " + sql_type(d_, TypeKind::Float) + ")";
}

// floor() of a double, exact in every dialect (SQLite's library may lack math functions).
std::string ExprEmitter::floor_of(const std::string& x) const {
  if (d_ != Dialect::Sqlite) return sql_fn("floor") + x + ")";
  return "(CASE WHEN " + sql_fn("abs") + x + ") >= " + kTwo52 + " THEN " + x + " WHEN " + x + " < CAST(CAST(" + x +
         " AS INTEGER) AS REAL) THEN CAST(CAST(" + x + " AS INTEGER) - 1 AS REAL) ELSE CAST(CAST(" + x +
         " AS INTEGER) AS REAL) END)";
}

// std::round: half away from zero, computed without the x + 0.5 rounding trap.
std::string ExprEmitter::round_half_away(const std::string& y) const {
  std::string a = sql_fn("abs") + y + ")";
  std::string f = floor_of(a);
  return "(CASE WHEN " + a + " >= " + kTwo52 + " THEN " + y + " WHEN " + y + " < 0 THEN -(" + f + " + CASE WHEN " + a +
         " - " + f + " >= 0.5 THEN 1.0 ELSE 0.0 END) ELSE (" + f + " + CASE WHEN " + a + " - " + f +
         " >= 0.5 THEN 1.0 ELSE 0.0 END) END)";
}

std::string ExprEmitter::length(const std::string& s) const {
  switch (d_) {
    case Dialect::Postgres: return sql_fn("char_length") + s + ")";
    // SQLite's length() stops at a U+0000; a text holding one is counted byte by byte (every
    // byte that does not continue a UTF-8 sequence starts a character).
    case Dialect::Sqlite: return if_nul(s, "length(" + s + ")", "(" + scan_bytes(s) + " SELECT max(k) FROM custos_c)");
    case Dialect::Trino: return "length(" + s + ")";
  }
  return "";
}

// SQLite's text functions stop at a U+0000, so texts holding one take a slower path over their
// bytes: `plain` where `v` holds no U+0000, `with_nul` where it does.
std::string ExprEmitter::if_nul(const std::string& v, const std::string& plain, const std::string& with_nul) const {
  return "(CASE WHEN instr(" + v + ", char(0)) = 0 THEN " + plain + " ELSE " + with_nul + " END)";
}

// A CTE over the bytes of `v`: rows (i, k) for i = 1 .. bytes + 1, k = the characters that start
// before byte i (every byte that does not continue a UTF-8 sequence starts one).
std::string ExprEmitter::scan_bytes(const std::string& v) const {
  std::string b = "CAST(" + v + " AS BLOB)";
  return "WITH RECURSIVE custos_c(i, k) AS (SELECT 1, 0 UNION ALL SELECT i + 1, k + (substr(" + b +
         ", i, 1) NOT BETWEEN X'80' AND X'BF') FROM custos_c WHERE i <= length(" + b + "))";
}

// The characters of `v` from position `from` (1-based) on, and its first `n` characters.
std::string ExprEmitter::chars_from(const std::string& v, const std::string& from) const {
  if (d_ != Dialect::Sqlite) return sql_fn("substr") + v + ", " + from + ")";
  std::string start = "(" + scan_bytes(v) + " SELECT max(i) FROM custos_c WHERE k = " + from + " - 1)";
  return if_nul(v, "substr(" + v + ", " + from + ")", "CAST(COALESCE(substr(CAST(" + v + " AS BLOB), " + start + "), X'') AS TEXT)");
}
std::string ExprEmitter::first_chars(const std::string& v, const std::string& n) const {
  if (d_ != Dialect::Sqlite) return sql_fn("substr") + v + ", 1, " + n + ")";
  std::string end = "(" + scan_bytes(v) + " SELECT max(i) FROM custos_c WHERE k = " + n + ")";
  return if_nul(v, "substr(" + v + ", 1, " + n + ")",
                "CAST(COALESCE(substr(CAST(" + v + " AS BLOB), 1, COALESCE(" + end + ", length(CAST(" + v +
                    " AS BLOB)) + 1) - 1), X'') AS TEXT)");
}

std::string ExprEmitter::greatest0(const std::string& x) const {
  return d_ == Dialect::Sqlite ? "max(" + x + ", 0)" : "greatest(" + x + ", 0)";
}

// `count` copies of one ASCII character.
std::string ExprEmitter::repeat_char(char c, const std::string& count) const {
  std::string ch = quote_string(std::string(1, c));
  switch (d_) {
    case Dialect::Postgres: return sql_fn("repeat") + ch + ", CAST(" + count + " AS INTEGER))";
    case Dialect::Sqlite: return "replace(hex(zeroblob(" + count + ")), '00', " + ch + ")";
    case Dialect::Trino: return "rpad('', " + count + ", " + ch + ")";
  }
  return "";
}

Fragment ExprEmitter::emit(const ir::Expr& e) const {
  switch (e.kind()) {
    case ir::ExprKind::Const:
      if (e.type.is_error()) return {"NULL", "TRUE"};
      if (is_null(e.value())) return {"NULL", ""};
      return {literal(d_, e.value()), ""};
    case ir::ExprKind::Column:
      return {column(static_cast<size_t>(&column_of(e) - product_.columns.data())), ""};
    case ir::ExprKind::Principal:
    case ir::ExprKind::Context: return attribute(e);
    case ir::ExprKind::Not: {
      Fragment k = emit(*e.kids[0]);
      return {"(NOT " + k.value + ")", k.error};
    }
    case ir::ExprKind::And:
    case ir::ExprKind::Or: {
      // Kleene logic is SQL's. An error is an error only where nothing decides the result
      // (`false and error` is false), which only `is null` above can observe.
      bool is_and = e.kind() == ir::ExprKind::And;
      std::string value, errors, deciders;
      for (const auto& kid : e.kids) {
        Fragment k = emit(*kid);
        value += (value.empty() ? "" : is_and ? " AND " : " OR ") + k.value;
        errors = any_of(errors, k.error);
        deciders = any_of(deciders, is_and ? is_false(d_, k.value) : is_true(d_, k.value));
      }
      std::string error = errors.empty() ? "" : "(" + errors + " AND NOT " + paren(deciders) + ")";
      return {paren(value), error};
    }
    case ir::ExprKind::IsNull: {
      Fragment k = emit(*e.kids[0]);
      std::string test = "(" + k.value + (e.negated() ? " IS NOT NULL)" : " IS NULL)");
      if (k.error.empty()) return {test, ""};
      return {null_if(k.error, test), k.error};
    }
    case ir::ExprKind::Compare: {
      const auto& a = *e.kids[0];
      const auto& b = *e.kids[1];
      TypeKind ak = kind_of(a), bk = kind_of(b);
      if (ak == TypeKind::Set || ak == TypeKind::List || bk == TypeKind::Set || bk == TypeKind::List) {
        return compare_collections(e);
      }
      Fragment x = emit(a), y = emit(b);
      // Integers meet floats exactly (a double cast would round INT64_MAX up to 2^63).
      if (ak == TypeKind::Int && bk == TypeKind::Float) return int_vs_float(e.op(), a, x, b, y);
      if (bk == TypeKind::Int && ak == TypeKind::Float) return int_vs_float(flipped(e.op()), b, y, a, x);
      std::string xs = x.value, ys = y.value;
      std::string nan = any_of(nan_test(a, xs), nan_test(b, ys));
      // Strings order by code point: Postgres needs the C collation for that.
      if (d_ == Dialect::Postgres && (is_text(ak) || is_text(bk)) && e.op() != ir::BinaryOp::Eq &&
          e.op() != ir::BinaryOp::Ne) {
        xs += " COLLATE \"C\"";
      }
      std::string test = "(" + xs + " " + compare_op(e.op()) + " " + ys + ")";
      if (nan.empty()) return {test, any_of(x.error, y.error)};
      // A NaN compares as an error (the evaluator's compare has no order for it).
      return {null_if("COALESCE(" + nan + ", FALSE)", test), any_of(any_of(x.error, y.error), "COALESCE(" + nan + ", FALSE)")};
    }
    case ir::ExprKind::In: return in(e);
    case ir::ExprKind::Negate: {
      Fragment k = emit(*e.kids[0]);
      if (kind_of(*e.kids[0]) != TypeKind::Int) return {"(-" + k.value + ")", k.error};
      std::string overflow = "(" + k.value + " = (-9223372036854775807 - 1))";
      return {null_if(overflow, "(-" + k.value + ")"), any_of(k.error, "COALESCE(" + overflow + ", FALSE)")};
    }
    case ir::ExprKind::Arith: return arith(e);
    case ir::ExprKind::Call: return call(e);
    case ir::ExprKind::Collection: throw Unsupported("a collection outside `in` has no SQL form");
  }
  throw Unsupported("unknown expression");
}

// SQL true where a float operand is NaN, "" where it cannot be: SQLite stores NaN as NULL, and
// a folded constant is known here.
std::string ExprEmitter::nan_test(const ir::Expr& e, const std::string& sql) const {
  if (e.kind() == ir::ExprKind::Const) return "";
  return nan_test(kind_of(e), sql);
}
std::string ExprEmitter::nan_test(TypeKind kind, const std::string& sql) const {
  if (kind != TypeKind::Float) return "";
  switch (d_) {
    case Dialect::Postgres: return "(" + sql + " = CAST('NaN' AS DOUBLE PRECISION))";
    case Dialect::Trino: return "is_nan(" + sql + ")";
    case Dialect::Sqlite: return "";
  }
  return "";
}

// `i op f` for an integer i and a double f, compared exactly as the evaluator does (in a type
// holding both): a double cast would round INT64_MAX up to 2^63 and admit it as >= 2^63.
Fragment ExprEmitter::int_vs_float(ir::BinaryOp op, const ir::Expr& i_expr, const Fragment& i, const ir::Expr& f_expr,
                                   const Fragment& f) const {
  std::string errors = any_of(i.error, f.error);
  if (const int64_t* k = exact_double(i_expr)) {
    // The integer is a known double: compare as doubles, exactly.
    std::string nan = nan_test(f_expr, f.value);
    std::string test = "(" + f.value + " " + compare_op(flipped(op)) + " " + double_literal(d_, static_cast<double>(*k)) + ")";
    if (nan.empty()) return {test, errors};
    return {null_if("COALESCE(" + nan + ", FALSE)", test), any_of(errors, "COALESCE(" + nan + ", FALSE)")};
  }
  auto keep_null = [&](const std::string& x, bool b) {
    return "(CASE WHEN " + x + " IS NULL THEN NULL ELSE " + (b ? "TRUE" : "FALSE") + " END)";
  };
  if (f_expr.kind() == ir::ExprKind::Const && !f_expr.type.is_error() && std::holds_alternative<double>(f_expr.value())) {
    // The double is known: compare the integer with an integer bound instead.
    double v = std::get<double>(f_expr.value());
    if (std::isnan(v)) return {"NULL", any_of(errors, "(" + i.value + " IS NOT NULL)")};
    auto always = [&](bool lt) {  // the integer is below (lt) or above every value of the range
      bool r = op == ir::BinaryOp::Ne || (lt ? op == ir::BinaryOp::Lt || op == ir::BinaryOp::Le
                                            : op == ir::BinaryOp::Gt || op == ir::BinaryOp::Ge);
      return Fragment{keep_null(i.value, r), errors};
    };
    if (v >= 9223372036854775808.0) return always(true);
    if (v < -9223372036854775808.0) return always(false);
    double fl = std::floor(v);
    bool integral = fl == v;
    std::string k = literal(d_, Scalar{static_cast<int64_t>(fl)});
    std::string sql;
    switch (op) {
      case ir::BinaryOp::Eq: sql = integral ? "(" + i.value + " = " + k + ")" : keep_null(i.value, false); break;
      case ir::BinaryOp::Ne: sql = integral ? "(" + i.value + " <> " + k + ")" : keep_null(i.value, true); break;
      case ir::BinaryOp::Lt: sql = "(" + i.value + (integral ? " < " : " <= ") + k + ")"; break;
      case ir::BinaryOp::Le: sql = "(" + i.value + " <= " + k + ")"; break;
      case ir::BinaryOp::Gt: sql = "(" + i.value + " > " + k + ")"; break;
      case ir::BinaryOp::Ge: sql = "(" + i.value + (integral ? " >= " : " > ") + k + ")"; break;
      default: throw Unsupported("not a comparison");
    }
    return {sql, errors};
  }
  // Both vary: a three-way sign, exact because floor(f) of a double in [-2^63, 2^63) is an integer.
  std::string fv = f.value, iv = i.value;
  std::string fl = floor_of(fv);
  std::string k = "CAST(" + fl + " AS " + sql_type(d_, TypeKind::Int) + ")";
  std::string nan = nan_test(f_expr, fv);
  std::string sign = "(CASE WHEN " + iv + " IS NULL OR " + fv + " IS NULL" + (nan.empty() ? "" : " OR " + nan) +
                     " THEN NULL WHEN " + fv + " >= " + kTwo63 + " THEN -1 WHEN " + fv + " < -" + kTwo63 + " THEN 1 WHEN " + iv +
                     " < " + k + " THEN -1 WHEN " + iv + " > " + k + " THEN 1 WHEN " + fv + " > " + fl + " THEN -1 ELSE 0 END)";
  std::string error = nan.empty() ? errors : any_of(errors, "COALESCE(" + iv + " IS NOT NULL AND " + nan + ", FALSE)");
  return {"(" + sign + " " + compare_op(op) + " 0)", error};
}

Fragment ExprEmitter::in(const ir::Expr& e) const {
  Fragment item = emit(*e.kids[0]);
  const auto& coll = *e.kids[1];
  const std::string x0 = item.value;
  if (coll.kind() == ir::ExprKind::Principal || coll.kind() == ir::ExprKind::Context) {
    // A collection attribute is an array without null elements (the attribute tables refuse
    // them): membership is definite unless the item or the array is null.
    if (d_ != Dialect::Postgres) throw Unsupported("collection attributes are read as arrays in PostgreSQL only");
    Fragment a = attribute(coll);
    TypeKind ik = kind_of(*e.kids[0]);
    std::string x = coll.type.elem == TypeKind::Float && ik == TypeKind::Int ? as_double(x0, TypeKind::Int) : x0;
    std::string arr = coll.type.elem == TypeKind::Int && ik == TypeKind::Float ? "CAST(" + a.value + " AS DOUBLE PRECISION[])" : a.value;
    // array_position, not `= ANY((subquery))`, which PostgreSQL reads as ANY over the subquery's rows.
    std::string test = "(" + sql_fn("array_position") + arr + ", " + x + ") IS " + (e.negated() ? "NULL)" : "NOT NULL)");
    bool item_known = e.kids[0]->kind() == ir::ExprKind::Const && !is_null(e.kids[0]->value()) && !e.kids[0]->type.is_error();
    return {"(CASE WHEN " + (item_known ? "" : x + " IS NULL OR ") + a.value + " IS NULL THEN NULL ELSE " + test + " END)",
            any_of(item.error, a.error)};
  }
  if (coll.kind() != ir::ExprKind::Collection) throw Unsupported("`in` over a collection attribute that was not folded");
  std::string list, null_element;
  bool mixed = false;  // computed float items meet an integer item: compared as doubles
  const TypeKind item_kind = kind_of(*e.kids[0]);
  for (const auto& k : coll.kids) {
    if (k->kind() == ir::ExprKind::Const) {
      if (is_null(k->value()) || k->type.is_error()) return {"NULL", "TRUE"};  // a collection holding null is an error
      // Known numbers meet the item exactly: in its own kind, or not at all when no value of
      // that kind equals them (1.5 is no integer; 2^63 - 1 is no double).
      Scalar v = k->value();
      if (item_kind == TypeKind::Int && std::holds_alternative<double>(v)) {
        double x = std::get<double>(v);
        if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0) || std::floor(x) != x) continue;
        v = static_cast<int64_t>(x);
      } else if (item_kind == TypeKind::Float && std::holds_alternative<int64_t>(v)) {
        if (!exact_double(*k)) continue;
        v = static_cast<double>(std::get<int64_t>(v));
      }
      list += (list.empty() ? "" : ", ") + literal(d_, v);
    } else {
      mixed |= kind_of(*k) == TypeKind::Float;
      // An element that is null (or an error) makes the whole collection an error.
      Fragment f = emit(*k);
      null_element = any_of(null_element, f.value + " IS NULL");
      list += (list.empty() ? "" : ", ") + f.value;
    }
  }
  std::string x = mixed && kind_of(*e.kids[0]) == TypeKind::Int ? as_double(x0, TypeKind::Int) : x0;
  if (list.empty()) {
    return {"(CASE WHEN " + x + " IS NULL THEN NULL ELSE " + (e.negated() ? "TRUE" : "FALSE") + " END)", item.error};
  }
  std::string test = "(" + x + (e.negated() ? " NOT IN (" : " IN (") + list + "))";
  if (null_element.empty()) return {test, item.error};
  return {null_if(paren(null_element), test), any_of(item.error, paren(null_element))};
}

// `==` / `!=` between collections, as the evaluator decides them: equal when both have as many
// items and every item of each is in the other. PostgreSQL arrays only (attributes are arrays).
Fragment ExprEmitter::compare_collections(const ir::Expr& e) const {
  if (d_ != Dialect::Postgres || !opts_.attribute) throw Unsupported("comparing collections has no SQL form");
  if (e.op() != ir::BinaryOp::Eq && e.op() != ir::BinaryOp::Ne) throw Unsupported("collections are compared with == and != only");
  auto scalar_kind = [](TypeKind k) { return k == TypeKind::Enum ? TypeKind::String : k; };
  // The element kind: an attribute's declaration, or a literal's first item (none when empty).
  auto element = [&](const ir::Expr& c) -> std::optional<TypeKind> {
    if (c.kind() == ir::ExprKind::Principal || c.kind() == ir::ExprKind::Context) return scalar_kind(c.type.elem);
    if (c.kind() != ir::ExprKind::Collection) throw Unsupported("this collection has no SQL form");
    for (const auto& k : c.kids) {
      if (k->kind() == ir::ExprKind::Const && !is_null(k->value())) return scalar_kind(kind_of(*k));
    }
    return std::nullopt;
  };
  const auto& a = *e.kids[0];
  const auto& b = *e.kids[1];
  auto ea = element(a), eb = element(b);
  if (ea && eb && *ea != *eb) throw Unsupported("comparing collections of different element types has no SQL form");
  const TypeKind kind = ea ? *ea : eb ? *eb : TypeKind::String;
  auto array = [&](const ir::Expr& c) -> Fragment {
    if (c.kind() != ir::ExprKind::Collection) return attribute(c);
    std::string items;
    for (const auto& k : c.kids) {
      if (k->kind() != ir::ExprKind::Const) throw Unsupported("a collection of computed items compared with another has no SQL form");
      if (is_null(k->value()) || k->type.is_error()) return {"NULL", "TRUE"};  // a collection holding null is an error
      items += (items.empty() ? "" : ", ") + literal(d_, k->value());
    }
    return {"CAST(" + (items.empty() ? std::string("'{}'") : "ARRAY[" + items + "]") + " AS " + sql_type(d_, kind) + "[])", ""};
  };
  Fragment x = array(a), y = array(b);
  std::string same = "(" + sql_fn("cardinality") + x.value + ") = " + sql_fn("cardinality") + y.value + ") AND " + x.value + " <@ " + y.value + " AND " +
                     y.value + " <@ " + x.value + ")";
  return {"(CASE WHEN " + x.value + " IS NULL OR " + y.value + " IS NULL THEN NULL ELSE " +
              (e.op() == ir::BinaryOp::Ne ? "NOT " : "") + same + " END)",
          any_of(x.error, y.error)};
}

Fragment ExprEmitter::arith(const ir::Expr& e) const {
  const auto& a = *e.kids[0];
  const auto& b = *e.kids[1];
  Fragment x = emit(a), y = emit(b);
  std::string errors = any_of(x.error, y.error);
  // A folded error or null operand decides the result whatever the other's kind: an error,
  // else null (unless the other operand errs).
  auto folded = [](const ir::Expr& k, bool error) {
    return k.kind() == ir::ExprKind::Const && (error ? k.type.is_error() : is_null(k.value()));
  };
  if (folded(a, true) || folded(b, true)) return {"NULL", "TRUE"};
  if (folded(a, false) || folded(b, false)) return {"NULL", errors};
  std::string both = "(" + x.value + " IS NOT NULL AND " + y.value + " IS NOT NULL)";
  const TypeKind ak = kind_of(a), bk = kind_of(b);
  bool ints = ak == TypeKind::Int && bk == TypeKind::Int && e.op() != ir::BinaryOp::Div;
  if (ints && e.op() == ir::BinaryOp::Mod) {
    // By zero: an error. By -1: 0 (INT64_MIN % -1 would trap in C and overflow in SQL), and
    // null for a null dividend: `x * 0` is both, and never overflows.
    std::string v = "(CASE WHEN " + y.value + " = 0 THEN NULL WHEN " + y.value + " = -1 THEN " + x.value + " * 0 ELSE " +
                    x.value + " % " + y.value + " END)";
    return {v, any_of(errors, "(" + both + " AND " + y.value + " = 0)")};
  }
  if (ints) {
    std::string r = "(" + x.value + " " + arith_op(e.op()) + " " + y.value + ")";
    std::string overflow;
    switch (d_) {
      case Dialect::Postgres:
        // Exact in numeric, so the bigint operation only runs when it fits.
        overflow = "((CAST(" + x.value + " AS NUMERIC) " + arith_op(e.op()) + " CAST(" + y.value +
                   " AS NUMERIC)) NOT BETWEEN -9223372036854775808 AND 9223372036854775807)";
        return {null_if(overflow, r), any_of(errors, "COALESCE(" + overflow + ", FALSE)")};
      case Dialect::Sqlite:
        // SQLite turns an overflowing integer result into a REAL.
        return {"(CASE WHEN typeof" + r + " = 'integer' THEN " + r + " END)",
                any_of(errors, "(typeof" + r + " = 'real')")};
      case Dialect::Trino:
        return {"try" + r, any_of(errors, "(" + both + " AND try" + r + " IS NULL)")};
    }
  }
  std::string xd = as_double(x.value, ak), yd = as_double(y.value, bk);
  std::string r = "(" + xd + " " + arith_op(e.op()) + " " + yd + ")";
  if (std::string nan = any_of(nan_test(a, x.value), nan_test(b, y.value)); !nan.empty() && d_ == Dialect::Postgres) {
    // PostgreSQL computes with NaN (NaN + 1 is NaN); the evaluator calls a non-finite result an error.
    nan = "COALESCE(" + nan + ", FALSE)";
    Fragment f = float_arith(e, x, y, errors, both, xd, yd, r);
    return {null_if(nan, f.value), any_of(f.error, nan)};
  }
  return float_arith(e, x, y, errors, both, xd, yd, r);
}

Fragment ExprEmitter::float_arith(const ir::Expr& e, const Fragment& x, const Fragment& y, const std::string& errors,
                                  const std::string& both, const std::string& xd, const std::string& yd, const std::string& r) const {
  if (d_ == Dialect::Trino) {
    // Doubles follow IEEE there: check the result.
    return {"(CASE WHEN is_finite" + r + " THEN " + r + " END)", any_of(errors, "(" + both + " AND NOT is_finite" + r + ")")};
  }
  if (d_ == Dialect::Sqlite) {
    std::string bad = e.op() == ir::BinaryOp::Div ? "(" + yd + " = 0 OR abs" + r + " > " + kMaxDouble + ")"
                                                 : "(abs" + r + " > " + kMaxDouble + ")";
    return {"(CASE WHEN " + bad + " THEN NULL ELSE " + r + " END)", any_of(errors, "(" + both + " AND " + bad + ")")};
  }
  // Postgres raises on a double overflow, and on a product or quotient that underflows to zero:
  // decide those cases before computing, as IEEE arithmetic would. Magnitudes are compared
  // through logarithms (which neither overflow nor underflow); the answer can differ from IEEE
  // only for results within a rounding of the largest double or of zero.
  std::string ax = sql_fn("abs") + xd + ")", ay = sql_fn("abs") + yd + ")";
  if (e.op() == ir::BinaryOp::Add || e.op() == ir::BinaryOp::Sub) {
    std::string ys = e.op() == ir::BinaryOp::Add ? yd : "(-" + yd + ")";
    std::string overflow = "((" + xd + " > 0 AND " + ys + " > 0 AND " + xd + " > " + kMaxDouble + " - " + ys + ") OR (" + xd +
                           " < 0 AND " + ys + " < 0 AND " + xd + " < -" + kMaxDouble + " - " + ys + "))";
    return {null_if(overflow, r), any_of(errors, "COALESCE(" + overflow + ", FALSE)")};
  }
  if (e.op() != ir::BinaryOp::Mul && e.op() != ir::BinaryOp::Div) throw Unsupported("`%` on floats has no SQL form");
  bool mul = e.op() == ir::BinaryOp::Mul;
  std::string magnitude = "(" + sql_fn("ln") + ax + ")" + (mul ? " + " : " - ") + sql_fn("ln") + ay + "))";
  std::string zero = mul ? "(" + xd + " = 0 OR " + yd + " = 0)" : "(" + xd + " = 0)";
  std::string by_zero = mul ? "FALSE" : "(" + yd + " = 0)";
  std::string v = "(CASE WHEN " + by_zero + " THEN NULL WHEN " + zero + " THEN " + r + " WHEN " + magnitude + " > " +
                  kLnMaxDouble + " THEN NULL WHEN " + magnitude + " < " + kLnHalfMinSubnormal +
                  " THEN CAST(0 AS DOUBLE PRECISION) ELSE " + r + " END)";
  // Only where both operands are present: a null operand gives null, not an error.
  std::string error = "(" + both + " AND (CASE WHEN " + by_zero + " THEN TRUE WHEN " + zero + " THEN FALSE ELSE " + magnitude +
                      " > " + kLnMaxDouble + " END))";
  return {v, any_of(errors, "COALESCE(" + error + ", FALSE)")};
}

Fragment ExprEmitter::call(const ir::Expr& e) const {
  std::vector<Fragment> args;
  std::string errors, any_null;
  for (const auto& k : e.kids) {
    args.push_back(emit(*k));
    errors = any_of(errors, args.back().error);
    any_null = any_of(any_null, args.back().value + " IS NULL");
  }
  auto arg = [&](size_t i) { return args.at(i).value; };
  const std::string name(e.fn()->name);
  const std::string module(e.fn()->module);
  std::string v, fails;  // fails: SQL boolean (all arguments non-null) where the function errs
  if (module == "strings") {
    const std::string t = arg(0);
    if (name == "starts_with" && d_ == Dialect::Sqlite) {
      // Byte prefixes of UTF-8 (SQLite's substr() of a text stops at U+0000; of a blob it does not).
      std::string tb = "CAST(" + t + " AS BLOB)", pb = "CAST(" + arg(1) + " AS BLOB)";
      v = "(COALESCE(substr(" + tb + ", 1, length(" + pb + ")), X'') = " + pb + ")";  // substr(X'', ...) is NULL
    } else if (name == "ends_with" && d_ == Dialect::Sqlite) {
      std::string tb = "CAST(" + t + " AS BLOB)", pb = "CAST(" + arg(1) + " AS BLOB)";
      v = "(length(" + pb + ") = 0 OR (length(" + tb + ") >= length(" + pb + ") AND substr(" + tb + ", length(" + tb +
          ") - length(" + pb + ") + 1) = " + pb + "))";
    } else if (name == "starts_with") {
      v = d_ == Dialect::Trino ? "starts_with(" + t + ", " + arg(1) + ")"
                               : "(" + sql_fn("substr") + t + ", 1, " + length(arg(1)) + ") = " + arg(1) + ")";
    } else if (name == "ends_with") {
      v = "(" + length(arg(1)) + " = 0 OR " + sql_fn("substr") + t + ", " + greatest0(length(t) + " - " + length(arg(1))) +
          " + 1) = " + arg(1) + ")";
    } else if (name == "contains") {
      v = "(" + std::string(d_ == Dialect::Sqlite ? "instr(" : sql_fn("strpos")) + t + ", " + arg(1) + ") > 0)";
    } else if (name == "lower" || name == "upper") {
      // ASCII only, as the stdlib: SQLite's lower/upper are; the others map all of Unicode.
      bool lower = name == "lower";
      if (d_ == Dialect::Sqlite) {
        v = name + "(" + t + ")";
      } else {
        v = std::string(sql_fn("translate")) + t + ", " + (lower ? "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
                                                          : "'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')");
      }
    } else if (name == "length") {
      v = "CAST(" + length(t) + " AS " + sql_type(d_, TypeKind::Int) + ")";
    }
  } else if (module == "time") {
    if (name == "today") {
      v = d_ == Dialect::Sqlite ? sql_fn("substr") + arg(0) + ", 1, 10)" : "CAST(" + arg(0) + " AS DATE)";
    } else if (name == "year") {
      v = d_ == Dialect::Sqlite ? "CAST(" + sql_fn("substr") + arg(0) + ", 1, 4) AS INTEGER)"
          : d_ == Dialect::Trino ? "year(" + arg(0) + ")"
                                 : "CAST(EXTRACT(YEAR FROM " + arg(0) + ") AS BIGINT)";
    } else if (name == "days_between") {
      v = d_ == Dialect::Sqlite ? "CAST(julianday(" + arg(1) + ") - julianday(" + arg(0) + ") AS INTEGER)"
          : d_ == Dialect::Trino ? "date_diff('day', " + arg(0) + ", " + arg(1) + ")"
                                 : "CAST(" + arg(1) + " - " + arg(0) + " AS BIGINT)";
    } else if (name == "add_days") {
      // Outside years 0001..9999 is an error.
      std::string n = arg(1);
      std::string range = "(" + n + " BETWEEN -3652059 AND 3652059)";
      std::string sum = d_ == Dialect::Sqlite ? "date(" + arg(0) + ", " + n + " || ' days')"
                        : d_ == Dialect::Trino ? "date_add('day', " + n + ", " + arg(0) + ")"
                                               : "(" + arg(0) + " + CAST(" + n + " AS INTEGER))";
      std::string in_range;  // the result is within 0001-01-01 .. 9999-12-31
      if (d_ == Dialect::Sqlite) {
        // SQLite's date() gives NULL (not an error) past its own range: that fails too.
        in_range = "COALESCE(" + sum + " BETWEEN '0001-01-01' AND '9999-12-31', FALSE)";
      } else {
        // In whole days from 0001-01-01, so that no date outside the engine's range is computed
        // (PostgreSQL raises "date out of range" before 4713 BC).
        std::string from_year_1 = d_ == Dialect::Trino ? "date_diff('day', DATE '0001-01-01', " + arg(0) + ")"
                                                       : "(" + arg(0) + " - DATE '0001-01-01')";
        in_range = "((" + from_year_1 + " + " + n + ") BETWEEN 0 AND 3652058)";
      }
      fails = "(NOT " + range + " OR NOT " + in_range + ")";
      v = "(CASE WHEN NOT " + range + " THEN NULL WHEN " + in_range + " THEN " + sum + " END)";
    }
  }
  if (v.empty()) throw Unsupported("`" + module + "." + name + "` has no " + to_string(d_) + " rendering");
  // Every stdlib function gives null for a null argument.
  std::string value = any_null.empty() ? v : "(CASE WHEN " + any_null + " THEN NULL ELSE " + v + " END)";
  std::string error = errors;
  if (!fails.empty()) error = any_of(error, "(NOT " + paren(any_null) + " AND " + fails + ")");
  return {value, error};
}

std::string ExprEmitter::mask(const stdlib::FunctionInfo& fn, const std::vector<Scalar>& args, const std::string& v,
                              TypeKind kind) const {
  const std::string name(fn.name);
  auto keep_null = [&](const std::string& masked) { return "(CASE WHEN " + v + " IS NULL THEN NULL ELSE " + masked + " END)"; };
  if (name == "nullify") return null_of(d_, kind);
  if (name == "replace_with") {
    Scalar r = args.at(1);
    if (kind == TypeKind::Float) {
      if (auto* i = std::get_if<int64_t>(&r)) r = static_cast<double>(*i);
    }
    return keep_null(literal(d_, r));
  }
  if (name == "redact") return keep_null(repeat_char('x', length(v)));
  if (name == "hash" && opts_.hash) return keep_null(opts_.hash(v));
  if (name == "hash") {
    // HMAC-SHA-256 with the key's padded blocks precomputed (RFC 2104).
    const std::string& key = natives_.hash_key;
    if (key.empty()) throw Unsupported("the `hash` mask needs a key, and none was given (there is no default key)");
    std::array<unsigned char, 64> block = stdlib::hmac_key_block(key);
    unsigned char ipad[64], opad[64];
    for (int i = 0; i < 64; ++i) {
      ipad[i] = static_cast<unsigned char>(block[i] ^ 0x36);
      opad[i] = static_cast<unsigned char>(block[i] ^ 0x5c);
    }
    switch (d_) {
      case Dialect::Postgres:
        return keep_null(sql_fn("encode") + sql_fn("sha256") + sql_fn("decode") + "'" + hex(opad, 64) + "', 'hex') || " + sql_fn("sha256") + sql_fn("decode") + "'" + hex(ipad, 64) +
                         "', 'hex') || " + sql_fn("convert_to") + v + ", 'UTF8'))), 'hex')");
      case Dialect::Trino:
        return keep_null("lower(to_hex(hmac_sha256(to_utf8(" + v + "), from_hex('" + hex(block.data(), key.size() > 64 ? 32 : key.size()) +
                         "'))))");
      case Dialect::Sqlite:
        // SQLite has no SHA-256: the custos_sqlite extension provides it.
        return keep_null("custos_hmac_sha256(" + v + ", " + quote_string(key) + ")");
    }
  }
  if (name == "email_domain") {
    std::string at = d_ == Dialect::Sqlite ? "instr(" + v + ", '@')" : sql_fn("strpos") + v + ", '@')";
    std::string after;
    switch (d_) {
      case Dialect::Postgres: after = sql_fn("reverse") + sql_fn("split_part") + sql_fn("reverse") + v + "), '@', 1))"; break;
      case Dialect::Sqlite:
        after = if_nul(v, "substr(" + v + ", length(rtrim(" + v + ", replace(" + v + ", '@', ''))) + 1)",
                       "CAST(COALESCE(substr(CAST(" + v + " AS BLOB), (" + scan_bytes(v) + " SELECT max(i) FROM custos_c WHERE substr(CAST(" +
                           v + " AS BLOB), i, 1) = X'40') + 1), X'') AS TEXT)");
        break;
      case Dialect::Trino: after = "element_at(split(" + v + ", '@'), -1)"; break;
    }
    return keep_null("(CASE WHEN " + at + " = 0 THEN '' ELSE " + after + " END)");
  }
  if (name == "show_first" || name == "show_last") {
    int64_t n = std::max<int64_t>(0, std::get<int64_t>(args.at(1)));
    std::string k = std::to_string(n);
    std::string stars = repeat_char('*', greatest0(length(v) + " - " + k));
    if (name == "show_first") return keep_null("(" + first_chars(v, k) + " || " + stars + ")");
    std::string from = d_ == Dialect::Sqlite ? "max(" + length(v) + " - " + k + " + 1, 1)"
                                             : "greatest(" + length(v) + " - " + k + " + 1, 1)";
    return keep_null("(" + stars + " || " + chars_from(v, from) + ")");
  }
  if (name == "year_only" || name == "month_only") {
    bool year = name == "year_only";
    if (d_ == Dialect::Sqlite) {
      std::string midnight = kind == TypeKind::Timestamp ? "T00:00:00.000000Z" : "";
      return keep_null(year ? "(" + sql_fn("substr") + v + ", 1, 4) || '-01-01" + midnight + "')"
                            : "(" + sql_fn("substr") + v + ", 1, 7) || '-01" + midnight + "')");
    }
    std::string unit = year ? "'year'" : "'month'";
    if (d_ == Dialect::Postgres && kind == TypeKind::Date) return keep_null("CAST(" + sql_fn("date_trunc") + unit + ", " + v + ") AS DATE)");
    return keep_null(sql_fn("date_trunc") + unit + ", " + v + ")");
  }
  if (name == "bucket" || name == "round_to") {
    // floor(x / w) * w, or round(x * s) / s, with the native's arithmetic. Where x / w or x * s
    // would overflow the native gives null (non-finite); where it would underflow, zero. Both
    // thresholds are constants here, so no dialect ever computes the out-of-range value.
    std::string x = as_double(v, kind);
    double factor;  // x is multiplied by it
    std::string result;
    if (name == "bucket") {
      double w = std::holds_alternative<int64_t>(args.at(1)) ? static_cast<double>(std::get<int64_t>(args.at(1)))
                                                             : std::get<double>(args.at(1));
      if (!(w > 0)) return null_of(d_, kind);
      factor = 1.0 / w;
      std::string ws = double_literal(d_, w);
      result = "(" + floor_of("(" + x + " / " + ws + ")") + " * " + ws + ")";
    } else {
      int64_t digits = std::get<int64_t>(args.at(1));
      if (digits > 15 || digits < -18) return null_of(d_, kind);
      if (kind == TypeKind::Int && digits >= 0) return v;
      double scale = std::pow(10.0, static_cast<double>(digits));  // exactly the native's
      factor = scale;
      std::string s = double_literal(d_, scale);
      result = "(" + round_half_away("(" + x + " * " + s + ")") + " / " + s + ")";
    }
    std::string guards = " WHEN " + v + " IS NULL THEN NULL";
    // A NaN gives null, as the native (which refuses non-finite values) does.
    if (std::string nan = nan_test(kind, v); !nan.empty()) guards += " WHEN " + nan + " THEN NULL";
    if (factor > 1) guards += " WHEN " + sql_fn("abs") + x + ") > " + double_literal(d_, std::numeric_limits<double>::max() / factor) + " THEN NULL";
    if (factor < 1) {
      guards += " WHEN " + x + " <> 0 AND " + sql_fn("abs") + x + ") < " + double_literal(d_, std::ldexp(1.0 / factor, -1075)) +
                " THEN " + (kind == TypeKind::Int ? literal(d_, Scalar{int64_t{0}}) : double_literal(d_, 0.0));
    }
    if (kind == TypeKind::Int) {
      // Back to an integer when it fits (the native refuses beyond ±9.2e18).
      return "(CASE" + guards + " WHEN " + result + " BETWEEN -9.2e18 AND 9.2e18 THEN CAST(" + result + " AS " +
             sql_type(d_, TypeKind::Int) + ") END)";
    }
    return "(CASE" + guards + " ELSE " + result + " END)";
  }
  throw Unsupported("mask `" + name + "` has no " + std::string(to_string(d_)) + " rendering");
}

}  // namespace custos::sql
