// Residual expressions (principal and context already folded in) as SQL of one dialect, with
// the evaluator's semantics exactly: SQL's three-valued logic for null, and every evaluation
// error (overflow, division by zero, a date out of range) turned into NULL without raising, as
// the semantics say an error inside a row predicate counts as null. Where the distinction matters
// (`x is null` of an erroneous x is an error, not true) the emitter carries a second SQL
// expression that is true exactly when the value is an error.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "check/program.h"
#include "dialect.h"
#include "natives.h"

namespace custos::sql {

struct Fragment {
  std::string value;  // SQL; NULL when the value is null or an error
  std::string error;  // SQL boolean, never NULL, true exactly when the value is an error; "" = never
};

// How a whole policy (not one folded request) is rendered: `custos compile` reads principal and
// context attributes in the database instead of folding them in.
struct EmitOptions {
  // SQL for the value of principal.<name> (principal = true) or context.<name>: NULL when the
  // attribute is absent. Unset: attributes must have been folded in (residuals).
  std::function<std::string(bool principal, const std::string& name)> attribute;
  // SQL computing the `hash` mask of a text value. Unset: inline HMAC with the key's pads.
  std::function<std::string(const std::string& value)> hash;
  // Columns are read as CAST(column AS <the contract's type>), for tables whose declared types
  // merely resemble the contract's (varchar for text, integer for bigint).
  bool cast_columns = false;
};

class ExprEmitter {
 public:
  ExprEmitter(Dialect dialect, const Product& product, const stdlib::NativeContext& natives, EmitOptions options = {})
      : d_(dialect), product_(product), natives_(natives), opts_(std::move(options)) {}

  // Throws Unsupported for what the dialect cannot express exactly.
  Fragment emit(const ir::Expr& e) const;
  // A predicate for a WHERE clause (true rows only).
  std::string predicate(const ir::Expr& e) const { return emit(e).value; }
  // The SQL of a column reference.
  std::string column(size_t index) const;
  // A mask applied to `value` (a column of `kind`), null staying null.
  std::string mask(const stdlib::FunctionInfo& fn, const std::vector<Scalar>& args, const std::string& value,
                   TypeKind kind) const;

  Dialect dialect() const { return d_; }

 private:
  // `name(` for a built-in SQL function: schema-qualified where the dialect needs it (builtin()).
  std::string sql_fn(std::string_view name) const { return builtin(d_, name) + "("; }
  Fragment call(const ir::Expr& e) const;
  Fragment arith(const ir::Expr& e) const;
  std::string as_double(const std::string& sql, TypeKind kind) const;
  std::string floor_of(const std::string& x) const;
  std::string round_half_away(const std::string& y) const;
  std::string repeat_char(char c, const std::string& count) const;
  std::string greatest0(const std::string& x) const;
  std::string length(const std::string& s) const;
  std::string if_nul(const std::string& v, const std::string& plain, const std::string& with_nul) const;
  std::string scan_bytes(const std::string& v) const;
  std::string chars_from(const std::string& v, const std::string& from) const;
  std::string first_chars(const std::string& v, const std::string& n) const;
  Fragment attribute(const ir::Expr& e) const;
  Fragment in(const ir::Expr& e) const;
  Fragment int_vs_float(ir::BinaryOp op, const ir::Expr& i_expr, const Fragment& i, const ir::Expr& f_expr,
                        const Fragment& f) const;
  std::string nan_test(const ir::Expr& e, const std::string& sql) const;
  std::string nan_test(TypeKind kind, const std::string& sql) const;
  Fragment float_arith(const ir::Expr& e, const Fragment& x, const Fragment& y, const std::string& errors,
                       const std::string& both, const std::string& xd, const std::string& yd, const std::string& r) const;
  Fragment compare_collections(const ir::Expr& e) const;
  // The kind of a value: columns by the product's contract, folded constants by their value.
  TypeKind kind_of(const ir::Expr& e) const;
  const Column& column_of(const ir::Expr& e) const;

  Dialect d_;
  const Product& product_;
  const stdlib::NativeContext& natives_;
  EmitOptions opts_;
};

}  // namespace custos::sql
