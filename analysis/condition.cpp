// Readable decision conditions: their meaning, their solver-proven simplification, their text.
#include "condition.h"

#include <algorithm>
#include <stdexcept>

#include "ir/print.h"

namespace custos::analysis {

Formula Formula::negate(Formula f) {
  if (f.op == Op::True || f.op == Op::False) return constant(f.op == Op::False);
  return {Op::Not, nullptr, true, true, -1, {std::move(f)}, nullptr};
}

void bind(Formula& f, const Product& product) {
  if (f.op == Formula::Op::Lit) f.product = &product;
  for (auto& k : f.kids) bind(k, product);
}

Formula Formula::lit(const ir::Expr& e, bool want, bool certain) {
  switch (e.kind()) {
    case ir::ExprKind::Not: return lit(*e.kids[0], !want, certain);
    case ir::ExprKind::And:
    case ir::ExprKind::Or: {
      std::vector<Formula> kids;
      for (const auto& k : e.kids) kids.push_back(lit(*k, want, certain));
      return (e.kind() == ir::ExprKind::And) == want ? all(std::move(kids)) : any(std::move(kids));
    }
    default: return {Op::Lit, &e, want, certain, -1, {}, nullptr};
  }
}

z3::expr FormulaMeaning::operator()(const Formula& f) {
  z3::context& z = world_.z();
  switch (f.op) {
    case Formula::Op::True: return z.bool_val(true);
    case Formula::Op::False: return z.bool_val(false);
    case Formula::Op::Lit: {
      auto it = encoded_.find(f.expr);
      if (it == encoded_.end()) it = encoded_.emplace(f.expr, encode(*f.expr, world_, f.product)).first;
      const Sym& s = it->second;
      if (f.certain) return f.want ? s.is_true() : s.is_false();
      return f.want ? !s.is_false() : !s.is_true();
    }
    case Formula::Op::Not: return !(*this)(f.kids.at(0));
    case Formula::Op::And:
    case Formula::Op::Or: {
      const bool is_and = f.op == Formula::Op::And;
      z3::expr r = z.bool_val(is_and);
      for (const auto& k : f.kids) r = is_and ? (r && (*this)(k)) : (r || (*this)(k));
      return r;
    }
  }
  return z.bool_val(false);
}

namespace {

// A part collapsed into its only child keeps the rule it came from.
Formula collapse(Formula outer, Formula kid) {
  if (outer.rule >= 0) kid.rule = outer.rule;
  return kid;
}

}  // namespace

Formula normalize(Formula f) {
  for (auto& k : f.kids) k = normalize(std::move(k));
  switch (f.op) {
    case Formula::Op::Not: {
      Formula& k = f.kids[0];
      if (k.op == Formula::Op::True || k.op == Formula::Op::False) return Formula::constant(k.op == Formula::Op::False);
      if (k.op == Formula::Op::Not) return collapse(f, collapse(k, std::move(k.kids[0])));
      return f;
    }
    case Formula::Op::And:
    case Formula::Op::Or: {
      const Formula::Op neutral = f.op == Formula::Op::And ? Formula::Op::True : Formula::Op::False;
      const Formula::Op absorbing = f.op == Formula::Op::And ? Formula::Op::False : Formula::Op::True;
      std::vector<Formula> kids;
      for (auto& k : f.kids) {
        if (k.op == absorbing) return Formula::constant(absorbing == Formula::Op::True);
        if (k.op == neutral) continue;
        if (k.op == f.op && k.rule < 0) {  // an untagged part of the same kind joins this one
          for (auto& kk : k.kids) kids.push_back(std::move(kk));
          continue;
        }
        kids.push_back(std::move(k));
      }
      if (kids.empty()) return Formula::constant(neutral == Formula::Op::True);
      if (kids.size() == 1) return collapse(f, std::move(kids[0]));
      f.kids = std::move(kids);
      return f;
    }
    default: return f;
  }
}

namespace {

// The node at `path` (child indices from the root).
Formula& at(Formula& root, const std::vector<size_t>& path) {
  Formula* f = &root;
  for (size_t i : path) f = &f->kids.at(i);
  return *f;
}

void paths(const Formula& f, std::vector<size_t>& prefix, std::vector<std::vector<size_t>>& out) {
  out.push_back(prefix);
  for (size_t i = 0; i < f.kids.size(); ++i) {
    prefix.push_back(i);
    paths(f.kids[i], prefix, out);
    prefix.pop_back();
  }
}

// The edits tried at one node, most informative first: the part never matters one way, or the
// other; an "or unknown" never happens.
std::vector<Formula> edits(const Formula& node) {
  std::vector<Formula> out;
  if (node.op == Formula::Op::True || node.op == Formula::Op::False) return out;
  out.push_back(Formula::constant(true));
  out.push_back(Formula::constant(false));
  if (node.op == Formula::Op::Lit && !node.certain) {
    Formula certain = node;
    certain.certain = true;
    out.push_back(certain);
  }
  return out;
}

}  // namespace

Formula simplify(Formula f, const z3::expr& reference, FormulaMeaning& meaning, const Agrees& agrees, size_t max_steps) {
  f = normalize(std::move(f));
  size_t steps = 0;
  for (bool changed = true; changed && steps < max_steps;) {
    changed = false;
    std::vector<std::vector<size_t>> all;
    std::vector<size_t> prefix;
    paths(f, prefix, all);
    for (size_t i = 1; i < all.size() && !changed && steps < max_steps; ++i) {  // the root stays: its verdict is the caller's
      for (Formula& edit : edits(at(f, all[i]))) {
        Formula candidate = f;
        const int rule = at(candidate, all[i]).rule;
        at(candidate, all[i]) = edit.op == Formula::Op::Lit ? edit.tagged(rule) : edit;
        candidate = normalize(std::move(candidate));
        ++steps;
        if (agrees(meaning(candidate), reference) == std::optional<bool>(true)) {
          f = std::move(candidate);
          changed = true;
          break;
        }
        if (steps >= max_steps) break;
      }
    }
  }
  return f;
}

namespace {

bool is_float(const ir::Expr& e) { return e.type.kind == TypeKind::Float; }

ir::BinaryOp flipped(ir::BinaryOp op) {
  switch (op) {
    case ir::BinaryOp::Eq: return ir::BinaryOp::Ne;
    case ir::BinaryOp::Ne: return ir::BinaryOp::Eq;
    case ir::BinaryOp::Lt: return ir::BinaryOp::Ge;
    case ir::BinaryOp::Ge: return ir::BinaryOp::Lt;
    case ir::BinaryOp::Le: return ir::BinaryOp::Gt;
    case ir::BinaryOp::Gt: return ir::BinaryOp::Le;
    default: return op;
  }
}

// `not e` in policy syntax, the negation moved inwards where the semantics allows it exactly
// (three-valued logic keeps De Morgan and the flipped comparisons; float comparisons are left
// alone, as a NaN is neither side of one).
std::string render_not(const ir::Expr& e) {
  switch (e.kind()) {
    case ir::ExprKind::Compare:
      if (is_float(*e.kids[0]) || is_float(*e.kids[1])) break;
      return ir::render(*e.kids[0]) + " " + ir::spelling(flipped(e.op())) + " " + ir::render(*e.kids[1]);
    case ir::ExprKind::In: return ir::render(*e.kids[0]) + (e.negated() ? " in " : " not in ") + ir::render(*e.kids[1]);
    case ir::ExprKind::IsNull: return ir::render(*e.kids[0]) + (e.negated() ? " is null" : " is not null");
    case ir::ExprKind::Not: return ir::render(*e.kids[0]);
    case ir::ExprKind::And:
    case ir::ExprKind::Or: {
      std::string s;
      for (const auto& k : e.kids) s += (s.empty() ? "" : e.kind() == ir::ExprKind::And ? " or " : " and ") + render_not(*k);
      return "(" + s + ")";
    }
    default: break;
  }
  return "not (" + ir::render(e) + ")";
}

// And or Or as read under `positive` (a negated And reads as an Or), or Lit/True/False/Not.
Formula::Op reads_as(const Formula& f, bool positive) {
  if (f.op == Formula::Op::Not) return reads_as(f.kids[0], !positive);
  if (positive || (f.op != Formula::Op::And && f.op != Formula::Op::Or)) return f.op;
  return f.op == Formula::Op::And ? Formula::Op::Or : Formula::Op::And;
}

}  // namespace

std::string inline_text(const Formula& f, bool positive) {
  switch (f.op) {
    case Formula::Op::True:
    case Formula::Op::False: return (f.op == Formula::Op::True) == positive ? "true" : "false";
    case Formula::Op::Lit: {
      const bool want = positive ? f.want : !f.want, certain = positive ? f.certain : !f.certain;
      return (want ? ir::render(*f.expr) : render_not(*f.expr)) + (certain ? "" : " (or unknown)");
    }
    case Formula::Op::Not: return inline_text(f.kids[0], !positive);
    case Formula::Op::And:
    case Formula::Op::Or: {
      const Formula::Op op = reads_as(f, positive);
      std::string s;
      for (const auto& k : f.kids) {
        const Formula::Op kop = reads_as(k, positive);
        const bool group = (kop == Formula::Op::And || kop == Formula::Op::Or) && kop != op;
        const std::string text = inline_text(k, positive);
        s += (s.empty() ? "" : op == Formula::Op::And ? " and " : " or ") + (group ? "(" + text + ")" : text);
      }
      return s;
    }
  }
  return "?";
}

}  // namespace custos::analysis

namespace custos::analysis {

namespace {
bool tagged_inside(const Formula& f) {
  return std::any_of(f.kids.begin(), f.kids.end(), [](const Formula& k) { return k.rule >= 0 || tagged_inside(k); });
}
}  // namespace

ConditionNode Layout::node(const Formula& f, bool positive) {
  if (f.rule >= 0 || !tagged_inside(f)) return leaf(f, positive);
  if (f.op == Formula::Op::Not) {
    ConditionNode none{ConditionNode::Op::None, "", std::nullopt, {}};
    add_parts(none, f.kids[0], positive);
    return none;
  }
  // An `and` (as read) lists its parts, those under a `not` together as "none of".
  const bool all = (f.op == Formula::Op::And) == positive;
  ConditionNode out{all ? ConditionNode::Op::All : ConditionNode::Op::Any, "", std::nullopt, {}};
  ConditionNode none{ConditionNode::Op::None, "", std::nullopt, {}};
  for (const auto& k : f.kids) {
    if (all && k.op == Formula::Op::Not && k.rule < 0) {
      add_parts(none, k.kids[0], positive);
    } else {
      out.kids.push_back(node(k, positive));
    }
  }
  if (!none.kids.empty()) out.kids.push_back(std::move(none));
  return out.kids.size() == 1 ? std::move(out.kids[0]) : out;
}

ConditionNode Layout::leaf(const Formula& f, bool positive) {
  ConditionNode n{ConditionNode::Op::Leaf, inline_text(f, positive), std::nullopt, {}};
  if (f.rule >= 0) {
    n.rule = link_(f.rule);
    const RuleLink& r = *n.rule;
    if (std::none_of(rules.begin(), rules.end(), [&](const RuleLink& l) { return l.id == r.id && l.location == r.location; })) {
      rules.push_back(r);
    }
  }
  return n;
}

// The parts of `f` as items of a list: an untagged `or` (as read) gives each of its parts.
void Layout::add_parts(ConditionNode& list, const Formula& f, bool positive) {
  const bool any = f.rule < 0 && (f.op == Formula::Op::Or) == positive && (f.op == Formula::Op::Or || f.op == Formula::Op::And);
  if (!any) {
    list.kids.push_back(node(f, positive));
    return;
  }
  for (const auto& k : f.kids) list.kids.push_back(node(k, positive));
}

}  // namespace custos::analysis

namespace custos::analysis {

std::string where(const SourceMap* sources, const Span& span) {
  if (!sources || !span.valid() || span.file >= sources->size()) return "";
  return sources->file(span.file).path() + ":" + std::to_string(span.line) + ":" + std::to_string(span.col);
}

Prover::Prover(World& world, Budget budget) : world_(world), budget_(budget), solver_(world.z()), meaning_(world) {}

std::optional<bool> Prover::sat(const z3::expr& q, unsigned timeout_ms) {
  // Encoding a formula may add domains (a string's length): every question carries them all.
  for (; domains_added_ < world_.domains().size(); ++domains_added_) solver_.add(world_.domains()[static_cast<int>(domains_added_)]);
  solver_.push();
  solver_.add(q);
  z3::params params(world_.z());
  params.set("timeout", timeout_ms);
  solver_.set(params);
  const z3::check_result r = solver_.check();
  solver_.pop();
  if (r == z3::unknown) return std::nullopt;
  return r == z3::sat;
}

Condition Prover::prove(const Formula& f, const z3::expr& reference, const z3::expr& assume, const Layout::Link& link,
                        const std::string& what, bool known_possible) {
  Condition c;
  auto give_up = [&](const char* step) {
    c.verdict = Condition::Verdict::Unknown;
    c.unknown = what + ": the solver gave up while " + step + " (" + solver_.reason_unknown() + ")";
    return c;
  };
  const Formula exact = normalize(f);
  const std::optional<bool> differs = sat(assume && meaning_(exact) != reference, budget_.timeout_ms);
  if (!differs) return give_up("checking the condition");
  if (*differs) throw std::logic_error("the readable condition for " + what + " differs from the decision model");
  const std::optional<bool> possible = known_possible ? std::optional<bool>(true) : sat(assume && reference, budget_.timeout_ms);
  const std::optional<bool> refusable = sat(assume && !reference, budget_.timeout_ms);
  if (!possible || !refusable) return give_up("deciding whether it can hold");
  if (!*possible || !*refusable) {
    c.verdict = *possible ? Condition::Verdict::Always : Condition::Verdict::Never;
    Layout layout(link);
    layout.node(f);  // the rules that make it so (before constants fold them away)
    c.rules = std::move(layout.rules);
    return c;
  }
  // Simplifying is a courtesy: each step gets a short time, all of them a budget; a step not
  // proven in time is not taken, and the condition stays exact either way.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(budget_.simplify_ms);
  Agrees agrees = [&](const z3::expr& a, const z3::expr& b) -> std::optional<bool> {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) return std::nullopt;
    auto d = sat(assume && a != b, static_cast<unsigned>(std::min<long long>({left, budget_.step_ms, budget_.timeout_ms})));
    if (!d) return std::nullopt;
    return !*d;
  };
  const Formula simple = simplify(exact, reference, meaning_, agrees);
  Layout layout(link);
  c.verdict = Condition::Verdict::When;
  c.tree = layout.node(simple);
  c.text = inline_text(simple);
  c.rules = std::move(layout.rules);
  return c;
}

}  // namespace custos::analysis
