// A decision condition as a readable formula over the IR's expressions: what `custos who-can`
// prints. Built by the decision core's compositions (evaluator/decision_core.h), given an exact
// meaning as an SMT term, shrunk only by steps the solver proves harmless, and laid out as
// nested "any of / all of / none of" parts, each marked with the rule it comes from.
// Internal to analysis/.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <z3++.h>

#include "ir/expr.h"
#include "symbolic.h"
#include "who_can.h"

namespace custos::analysis {

// Two-valued: every literal is a test on a three-valued expression that is never null nor an
// error itself. `certain`: the expression is certainly `want`; otherwise it is not certainly
// `!want` (it is `want`, null or an error: how a restriction reads an unknown, fail closed).
struct Formula {
  enum class Op { True, False, Lit, And, Or, Not };
  Op op = Op::True;
  const ir::Expr* expr = nullptr;  // Lit
  bool want = true, certain = true;
  int rule = -1;  // a tag for the rule this part is (its position in ir::rules_in_order, plus a base), or -1
  std::vector<Formula> kids;
  const Product* product = nullptr;  // Lit: the product whose columns it reads (set by `bind`)

  static Formula constant(bool b) { return {b ? Op::True : Op::False, nullptr, true, true, -1, {}, nullptr}; }
  // A test on `e`; its `and`, `or` and `not` become parts of the formula (exactly: in three-valued
  // logic `a and b` is certainly true when both are, certainly false when either is, ...), so
  // that the simplifier can reach inside a condition.
  static Formula lit(const ir::Expr& e, bool want, bool certain = true);
  static Formula all(std::vector<Formula> kids) { return {Op::And, nullptr, true, true, -1, std::move(kids), nullptr}; }
  static Formula any(std::vector<Formula> kids) { return {Op::Or, nullptr, true, true, -1, std::move(kids), nullptr}; }
  static Formula negate(Formula f);
  Formula tagged(int r) const {
    Formula f = *this;
    f.rule = r;
    return f;
  }
};

// Sets the product of every literal of `f`.
void bind(Formula& f, const Product& product);

// The meaning of formulas as SMT terms, over one world (each expression encoded once); literals
// read the columns of their product.
class FormulaMeaning {
 public:
  explicit FormulaMeaning(World& world) : world_(world) {}
  z3::expr operator()(const Formula& f);

 private:
  World& world_;
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

// `file:line:col` of a span in `sources`, or "" when it has none there.
std::string where(const SourceMap* sources, const Span& span);

// Lays a formula out for reading: nested "any of / all of / none of" parts, each part that comes
// from a rule naming it (`link` turns a tag into the rule's id, kind and place).
class Layout {
 public:
  using Link = std::function<RuleLink(int tag)>;
  explicit Layout(Link link) : link_(std::move(link)) {}
  ConditionNode node(const Formula& f, bool positive = true);
  std::vector<RuleLink> rules;  // every rule named, in order of appearance

 private:
  ConditionNode leaf(const Formula& f, bool positive);
  void add_parts(ConditionNode& list, const Formula& f, bool positive);
  Link link_;
};

// Proves readable conditions against the decision model and simplifies them, with one solver
// over one world (the input domains travel with every question).
class Prover {
 public:
  struct Budget {
    unsigned timeout_ms = 30000;  // per question that decides a condition
    unsigned simplify_ms = 5000;  // for simplifying one condition (it stays exact without)
    unsigned step_ms = 1000;      // per simplification step
  };
  Prover(World& world, Budget budget);

  // Whether `q` can hold where `assume` does; nullopt when the solver cannot tell in time.
  std::optional<bool> sat(const z3::expr& q, unsigned timeout_ms);

  // `f` must mean `reference` wherever `assume` holds: proven (a mismatch throws std::logic_error,
  // `what` naming it), decided (never, always) or simplified and laid out.
  // `known_possible`: the caller has a case where it holds (the question is not asked again).
  Condition prove(const Formula& f, const z3::expr& reference, const z3::expr& assume, const Layout::Link& link,
                  const std::string& what, bool known_possible = false);

  FormulaMeaning& meaning() { return meaning_; }

 private:
  World& world_;
  Budget budget_;
  z3::solver solver_;
  size_t domains_added_ = 0;
  FormulaMeaning meaning_;
};

}  // namespace custos::analysis
