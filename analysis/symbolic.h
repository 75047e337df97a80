// The decision IR's expressions as SMT terms (Z3), with the semantics of docs/semantics.md:
// every value is an error, a null or a value of its type, and each operator propagates errors and
// nulls exactly as the interpreter does (SQL three-valued logic, overflow and division by zero as
// errors, exact int/float comparison, strings by code point). Internal to analysis/: no header
// outside this folder includes Z3.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <z3++.h>

#include "ir/expr.h"
#include "model/mesh.h"

namespace custos::analysis {

// A construct with no exact encoding: the analysis of what reads it is "unknown", with this reason.
struct Unsupported {
  std::string reason;
  Span span;
};

// A symbolic value: `err` and `null` are Bool terms (never both true); `val` is meaningful when
// neither holds. Scalars: `val` has the sort of `kind` (Bool; Int for int, date, timestamp;
// String for string and enum; 64-bit IEEE float). Collections are literal `items`, or a
// membership predicate `member` (an attribute's set or list).
struct Sym {
  z3::expr err, null, val;
  TypeKind kind = TypeKind::Null;
  bool collection = false;
  std::vector<Sym> items;
  std::optional<z3::func_decl> member;

  explicit Sym(z3::context& z) : err(z.bool_val(false)), null(z.bool_val(false)), val(z.bool_val(false)) {}
  // Truth of a condition: certainly true / certainly false (never null, never an error).
  z3::expr is_true() const { return !err && !null && val; }
  z3::expr is_false() const { return !err && !null && !val; }
};

// The unknowns of one request: the principal's and the context's attributes and one row of each
// product, shared by every policy set encoded against it (two versions of a mesh see the same
// request). Variables are created when first read; their domains are those of the inputs Custos
// accepts (ints in 64 bits, enums among their values, dates in years 0001..9999, finite floats).
class World {
 public:
  explicit World(z3::context& z) : z_(z) {}
  z3::context& z() const { return z_; }

  // Throws Unsupported when the same name was read with another type (the versions disagree).
  const Sym& attribute(bool principal, const Attribute& a);
  const Sym& column(const std::string& product, const Column& c);

  // Constraints every variable carries (domains); assert them with any query.
  const z3::expr_vector& domains() const { return domains_; }
  void constrain(const z3::expr& c) { domains_.push_back(c); }

  struct Var {
    std::string name;
    Type type;
    bool required = false;  // attributes: missing is an error; columns: never null
    Sym sym;
    std::vector<z3::expr> probes;  // collections: the items asked about (`x in attr`)
  };
  const std::map<std::string, Var>& principal() const { return principal_; }
  const std::map<std::string, Var>& context() const { return context_; }
  const std::map<std::string, std::map<std::string, Var>>& rows() const { return rows_; }
  // Records an item asked about a collection attribute, so a witness can list its members.
  void probe(const Sym& collection, const z3::expr& item);

 private:
  Var make(const std::string& prefix, const std::string& name, const Type& type, bool required, bool can_err);
  z3::expr scalar_var(const std::string& name, const Type& type);

  z3::context& z_;
  z3::expr_vector domains_{z_};
  std::map<std::string, Var> principal_, context_;
  std::map<std::string, std::map<std::string, Var>> rows_;  // product -> column -> var
};

// Encodes an expression of `product` (rows where reads its columns) over `world`.
// Throws Unsupported for what cannot be encoded exactly.
Sym encode(const ir::Expr& e, World& world, const Product* product);

// Kleene connectives over conditions (errors dominate unknowns), as the interpreter computes them.
Sym sym_and(z3::context& z, const std::vector<Sym>& xs);
Sym sym_or(z3::context& z, const std::vector<Sym>& xs);
Sym sym_not(const Sym& x);
Sym sym_bool(z3::context& z, const z3::expr& certain);  // a two-valued condition as a Sym

// A string literal as a Z3 term (code points), and back.
z3::expr string_term(z3::context& z, const std::string& utf8);
std::optional<std::string> string_value(const z3::expr& value);

// The bounds of the inputs: the first and last day of years 0001..9999, in days since 1970.
int64_t first_day();
int64_t last_day();

}  // namespace custos::analysis
