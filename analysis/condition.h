// A decision condition as a readable formula over the IR's expressions: what `custos who-can`
// prints. Built by the decision core's compositions (evaluator/decision_core.h), given an exact
// meaning as an SMT term, shrunk only by steps the solver proves harmless, and laid out as
// nested "any of / all of / none of" parts, each marked with the rule it comes from.
// Internal to analysis/.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <z3++.h>

#include "ir/expr.h"
#include "symbolic.h"

namespace custos::analysis {

// Two-valued: every literal is a test on a three-valued expression that is never null nor an
// error itself. `certain`: the expression is certainly `want`; otherwise it is not certainly
// `!want` (it is `want`, null or an error: how a restriction reads an unknown, fail closed).
struct Formula {
  enum class Op { True, False, Lit, And, Or, Not };
  Op op = Op::True;
  const ir::Expr* expr = nullptr;  // Lit
  bool want = true, certain = true;
  int rule = -1;  // the position (in ir::rules_in_order) of the rule this part is, or -1
  std::vector<Formula> kids;

  static Formula constant(bool b) { return {b ? Op::True : Op::False, nullptr, true, true, -1, {}}; }
  // A test on `e`; its `and`, `or` and `not` become parts of the formula (exactly: in three-valued
  // logic `a and b` is certainly true when both are, certainly false when either is, ...), so
  // that the simplifier can reach inside a condition.
  static Formula lit(const ir::Expr& e, bool want, bool certain = true);
  static Formula all(std::vector<Formula> kids) { return {Op::And, nullptr, true, true, -1, std::move(kids)}; }
  static Formula any(std::vector<Formula> kids) { return {Op::Or, nullptr, true, true, -1, std::move(kids)}; }
  static Formula negate(Formula f);
  Formula tagged(int r) const {
    Formula f = *this;
    f.rule = r;
    return f;
  }
};

// The meaning of formulas as SMT terms, over one world (each expression encoded once).
class FormulaMeaning {
 public:
  FormulaMeaning(World& world, const Product& product) : world_(world), product_(product) {}
  z3::expr operator()(const Formula& f);

 private:
  World& world_;
  const Product& product_;
  std::map<const ir::Expr*, Sym> encoded_;
};

// Asks the solver whether two terms agree wherever `assume` holds (and the input domains do):
// true, false, or nullopt when it cannot tell (a timeout).
using Agrees = std::function<std::optional<bool>(const z3::expr& a, const z3::expr& b)>;

// Shrinks `f` while it keeps meaning `reference`: drops parts that never matter, replaces parts
// that are always true or false there, and reads a restriction's "or unknown" as certain where
// no unknown can occur. Every step is one the solver proved; a step it cannot decide is skipped.
Formula simplify(Formula f, const z3::expr& reference, FormulaMeaning& meaning, const Agrees& agrees, size_t max_steps = 400);

// Flattens nested `and`/`or` (keeping parts that come from a rule whole) and folds constants.
Formula normalize(Formula f);

// One line in policy syntax: `"analyst" in principal.roles and principal.clearance >= 3`.
std::string inline_text(const Formula& f, bool positive = true);

}  // namespace custos::analysis
