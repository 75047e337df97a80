// `custos who-can`: each condition is composed by the decision core over readable formulas,
// proven equal to the decision model (the same compositions over SMT terms), then simplified.
#include "who_can.h"

#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "check/coverage.h"
#include "condition.h"
#include "decision_core.h"
#include "product_model.h"
#include "support/suggest.h"
#include "symbolic.h"

namespace custos::analysis {

const char* to_string(ConditionNode::Op op) {
  switch (op) {
    case ConditionNode::Op::Leaf: return "leaf";
    case ConditionNode::Op::Any: return "any of";
    case ConditionNode::Op::All: return "all of";
    case ConditionNode::Op::None: return "none of";
  }
  return "?";
}

const char* to_string(Condition::Verdict v) {
  switch (v) {
    case Condition::Verdict::Never: return "never";
    case Condition::Verdict::Always: return "always";
    case Condition::Verdict::When: return "when";
    case Condition::Verdict::Unknown: return "unknown";
  }
  return "?";
}

namespace {

std::string where(const SourceMap* sources, const Span& span) {
  if (!sources || !span.valid() || span.file >= sources->size()) return "";
  return sources->file(span.file).path() + ":" + std::to_string(span.line) + ":" + std::to_string(span.col);
}

// A three-valued condition as two two-valued ones: where it is true, and where it is false.
struct Tri {
  Formula t, f;
};

// Lays a formula out for reading, naming the rule of each part that comes from one.
class Layout {
 public:
  Layout(const std::vector<const ir::RuleRef*>& order, const SourceMap* sources) : order_(order), sources_(sources) {}

  ConditionNode node(const Formula& f, bool positive) {
    if (f.rule >= 0 || !tagged_inside(f)) return leaf(f, positive);
    if (f.op == Formula::Op::Not) {
      ConditionNode none{ConditionNode::Op::None, "", std::nullopt, {}};
      add_parts(none, f.kids[0], positive);
      return none;
    }
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

  std::vector<RuleLink> rules;  // in order of appearance

 private:
  static bool tagged_inside(const Formula& f) {
    return std::any_of(f.kids.begin(), f.kids.end(), [](const Formula& k) { return k.rule >= 0 || tagged_inside(k); });
  }

  ConditionNode leaf(const Formula& f, bool positive) {
    ConditionNode n{ConditionNode::Op::Leaf, inline_text(f, positive), std::nullopt, {}};
    if (f.rule >= 0) {
      const ir::Rule& r = *order_.at(static_cast<size_t>(f.rule))->rule;
      n.rule = RuleLink{r.id, ir::to_string(r.kind), where(sources_, r.span)};
      if (std::none_of(rules.begin(), rules.end(), [&](const RuleLink& l) { return l.id == r.id; })) rules.push_back(*n.rule);
    }
    return n;
  }

  // The parts of `f` as items of a list: an untagged `or` (as read) gives each of its parts.
  void add_parts(ConditionNode& list, const Formula& f, bool positive) {
    const bool any = f.rule < 0 && (f.op == Formula::Op::Or) == positive && (f.op == Formula::Op::Or || f.op == Formula::Op::And);
    if (!any) {
      list.kids.push_back(node(f, positive));
      return;
    }
    for (const auto& k : f.kids) list.kids.push_back(node(k, positive));
  }

  const std::vector<const ir::RuleRef*>& order_;
  const SourceMap* sources_;
};

class WhoCan {
 public:
  WhoCan(const ir::PolicySet& set, size_t product, const WhoCanOptions& opt)
      : set_(set),
        product_(set.mesh->products.at(product)),
        index_(product),
        opt_(opt),
        order_(ir::rules_in_order(set.rules_for(product))),
        world_(z_),
        model_(z_),
        meaning_(world_, product_) {}

  ProductAccess run() {
    ProductAccess out;
    out.product = product_.qualified();
    const std::vector<const Column*> columns = chosen_columns();
    try {
      model_ = model_product(set_, index_, world_, masks_);
      build_rules();
    } catch (const Unsupported& u) {
      const std::string at = where(opt_.sources, u.span);
      return unknown(out, columns, u.reason + (at.empty() ? "" : " (" + at + ")"));
    } catch (const z3::exception& e) {
      return unknown(out, columns, std::string("the solver refused the encoding: ") + e.msg());
    }
    const z3::expr yes = z_.bool_val(true);
    const eval::AccessParts access_parts = eval::access_parts(set_.rules_for(index_));
    Formula access = eval::compose_access<Formula>(access_parts, [&](size_t i) { return holds_[i]; }, any, all, Formula::negate);
    out.readable = decide(access, model_.access, yes, "table access");
    if (out.readable.verdict == Condition::Verdict::Never) return out;  // no one reads a row or a column

    if (opt_.rows) {
      auto term = [&](const eval::FilterPart& part) {
        const Formula& h = holds_[part.rule];
        if (!rows_t_[part.rule]) return Tri{h, Formula::negate(h)};
        // True where the rule holds and its rows are; false where it does not or they are not.
        Formula t = all({h, *rows_t_[part.rule]}).tagged(static_cast<int>(part.rule));
        Formula maybe = all({h, *rows_maybe_[part.rule]}).tagged(static_cast<int>(part.rule));
        return Tri{t, Formula::negate(maybe)};
      };
      auto any3 = [](std::vector<Tri> xs) {
        std::vector<Formula> ts, fs;
        for (auto& x : xs) ts.push_back(std::move(x.t)), fs.push_back(std::move(x.f));
        return Tri{any(std::move(ts)), all(std::move(fs))};
      };
      auto all3 = [](std::vector<Tri> xs) {
        std::vector<Formula> ts, fs;
        for (auto& x : xs) ts.push_back(std::move(x.t)), fs.push_back(std::move(x.f));
        return Tri{all(std::move(ts)), any(std::move(fs))};
      };
      auto negate3 = [](Tri x) { return Tri{std::move(x.f), std::move(x.t)}; };
      Tri filter = eval::compose_row_filter<Tri>(eval::filter_parts(set_.rules_for(index_)), term, any3, all3, negate3);
      out.rows = decide(filter.t, model_.filter, z_.bool_val(true), "the rows");
    }

    for (const Column* c : columns) out.columns.push_back(column(*c));
    return out;
  }

 private:
  static Formula any(std::vector<Formula> xs) { return Formula::any(std::move(xs)); }
  static Formula all(std::vector<Formula> xs) { return Formula::all(std::move(xs)); }

  std::vector<const Column*> chosen_columns() {
    std::vector<const Column*> out;
    if (!opt_.columns.empty()) {
      for (const auto& name : opt_.columns) {
        const Column* c = product_.find_column(name);
        if (!c) {
          std::vector<std::string> names;
          for (const auto& x : product_.columns) names.push_back(x.name);
          auto hint = closest_match(name, names);
          throw std::invalid_argument("`" + product_.qualified() + "` has no column `" + name + "`" +
                                      (hint ? "; did you mean `" + *hint + "`?" : ""));
        }
        out.push_back(c);
      }
      return out;
    }
    for (const Column& c : product_.columns) {
      if (has_rules(c) || sensitive(c)) out.push_back(&c);
    }
    return out;
  }

  bool has_rules(const Column& c) const {
    const eval::ColumnRules cr = eval::column_rules(order_, c.name);
    return !cr.denies.empty() || !cr.masks.empty();
  }

  bool sensitive(const Column& c) const {
    if (!sensitive_) {
      sensitive_.emplace();
      for (const auto& e : check::coverage(*set_.mesh, set_.program).entries) {
        if (e.product == product_.qualified()) sensitive_->push_back(e.column);
      }
    }
    return std::find(sensitive_->begin(), sensitive_->end(), c.name) != sensitive_->end();
  }

  ProductAccess unknown(ProductAccess out, const std::vector<const Column*>& columns, const std::string& why) {
    Condition u;
    u.verdict = Condition::Verdict::Unknown;
    u.unknown = why;
    out.readable = u;
    if (opt_.rows) out.rows = u;
    for (const Column* c : columns) {
      ColumnAccess ca = describe(*c);
      ca.clear = ca.denied = u;
      out.columns.push_back(std::move(ca));
    }
    return out;
  }

  ColumnAccess describe(const Column& c) const {
    ColumnAccess ca;
    ca.name = c.name;
    ca.tags = c.tags;
    ca.sensitive = sensitive(c);
    ca.has_rules = has_rules(c);
    return ca;
  }

  // Each rule's stage-1 condition, and for a `rows where` rule where its rows are (true) and
  // where they may be (not false: a mask applies there, fail closed).
  void build_rules() {
    for (size_t i = 0; i < order_.size(); ++i) {
      const ir::Rule& rule = *order_[i]->rule;
      auto is = [](const ir::Expr& e, bool want) { return Formula::lit(e, want); };
      holds_.push_back(eval::compose_rule_holds<Formula>(rule, is, any, all, Formula::negate).tagged(static_cast<int>(i)));
      if (rule.rows.empty()) {
        rows_t_.emplace_back();
        rows_maybe_.emplace_back();
        continue;
      }
      std::vector<Formula> t, maybe;
      for (const auto& r : rule.rows) {
        t.push_back(Formula::lit(*r, true));
        maybe.push_back(Formula::lit(*r, true, false));
      }
      rows_t_.push_back(all(std::move(t)));
      rows_maybe_.push_back(all(std::move(maybe)));
    }
  }

  ColumnAccess column(const Column& c) {
    ColumnAccess out = describe(c);
    const z3::expr access = z_.bool_val(true);  // the references are those of a reader with table access
    const ColumnModel* m = model_.column(c.name);
    const eval::ColumnRules cr = eval::column_rules(order_, c.name);
    const std::string what = "column " + c.name;
    Formula denied = eval::compose_column_denied<Formula>(cr, [&](size_t i) { return holds_[i]; }, any, all);
    out.denied = decide(denied, m->level_with_access == z_.int_val(kDeniedLevel), access, what + " denied");
    // The first mask (in the decision core's order) that applies masks the value.
    const auto ordered = eval::mask_order(order_, cr.masks, [&](size_t i) { return rows_t_[i].has_value(); });
    auto applies = [&](size_t i) { return rows_t_[i] ? all({holds_[i], *rows_maybe_[i]}).tagged(static_cast<int>(i)) : holds_[i]; };
    std::vector<Formula> earlier;
    std::map<int, std::vector<Formula>> by_mask;  // MaskTable id -> where it is the one that masks
    std::vector<int> mask_ids;
    for (size_t i : ordered) {
      const int id = masks_.id(*order_[i]->rule);
      std::vector<Formula> parts{applies(i)};
      if (!earlier.empty()) parts.push_back(Formula::negate(any(earlier)));
      if (!by_mask.count(id)) mask_ids.push_back(id);
      by_mask[id].push_back(all(std::move(parts)));
      earlier.push_back(applies(i));
    }
    Formula clear = all({Formula::negate(denied), Formula::negate(any(earlier))});
    out.clear = decide(clear, m->level_with_access == z_.int_val(kClearLevel), access, what + " clear");
    for (int id : mask_ids) {
      Formula masked = all({Formula::negate(denied), any(by_mask[id])});
      Condition when = decide(masked, m->mask_with_access == z_.int_val(id), access, what + " masked");
      if (when.verdict != Condition::Verdict::Never) out.masked.push_back({masks_.describe(id), std::move(when)});
    }
    return out;
  }

  // `f` must mean `reference` wherever `assume` holds: proven, then simplified and laid out.
  Condition decide(const Formula& f, const z3::expr& reference, const z3::expr& assume, const std::string& what) {
    Condition c;
    auto sat = [&](const z3::expr& q, unsigned timeout_ms) -> std::optional<bool> {
      z3::solver& s = solver();  // at the base level: the domains stay
      s.push();
      s.add(assume && q);
      z3::params params(z_);
      params.set("timeout", timeout_ms);
      s.set(params);
      const z3::check_result r = s.check();
      s.pop();
      if (r == z3::unknown) return std::nullopt;
      return r == z3::sat;
    };
    auto give_up = [&](const char* step) {
      c.verdict = Condition::Verdict::Unknown;
      c.unknown = what + ": the solver gave up while " + step + " (" + solver().reason_unknown() + ")";
      return c;
    };
    const Formula exact = normalize(f);
    const std::optional<bool> differs = sat(meaning_(exact) != reference, opt_.timeout_ms);
    if (!differs) return give_up("checking the condition");
    if (*differs) throw std::logic_error("who-can: the condition for " + product_.qualified() + ", " + what + " differs from the decision model");
    const std::optional<bool> possible = sat(reference, opt_.timeout_ms), refusable = sat(!reference, opt_.timeout_ms);
    if (!possible || !refusable) return give_up("deciding whether it can hold");
    if (!*possible || !*refusable) {
      c.verdict = *possible ? Condition::Verdict::Always : Condition::Verdict::Never;
      Layout layout(order_, opt_.sources);
      layout.node(f, true);  // the rules that make it so (before constants fold them away)
      c.rules = std::move(layout.rules);
      return c;
    }
    // Simplifying is a courtesy: each step gets a short time, all of them a budget; a step not
    // proven in time is not taken, and the condition stays exact either way.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(opt_.simplify_ms);
    Agrees agrees = [&](const z3::expr& a, const z3::expr& b) -> std::optional<bool> {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
      if (left <= 0) return std::nullopt;
      auto d = sat(a != b, static_cast<unsigned>(std::min<long long>({left, opt_.step_ms, opt_.timeout_ms})));
      if (!d) return std::nullopt;
      return !*d;
    };
    const Formula simple = simplify(exact, reference, meaning_, agrees);
    Layout layout(order_, opt_.sources);
    c.verdict = Condition::Verdict::When;
    c.tree = layout.node(simple, true);
    c.text = inline_text(simple);
    c.rules = std::move(layout.rules);
    return c;
  }

  z3::solver& solver() {
    if (!solver_) {
      solver_.emplace(z_);
      z3::params params(z_);
      params.set("timeout", opt_.timeout_ms);
      solver_->set(params);
    }
    // Encoding a formula may add domains (a string's length): every query carries them all.
    for (; domains_added_ < world_.domains().size(); ++domains_added_) solver_->add(world_.domains()[static_cast<int>(domains_added_)]);
    return *solver_;
  }

  const ir::PolicySet& set_;
  const Product& product_;
  size_t index_;
  const WhoCanOptions& opt_;
  std::vector<const ir::RuleRef*> order_;
  z3::context z_;
  World world_;
  MaskTable masks_;
  ProductModel model_;
  FormulaMeaning meaning_;
  std::optional<z3::solver> solver_;
  size_t domains_added_ = 0;
  std::vector<Formula> holds_;
  std::vector<std::optional<Formula>> rows_t_, rows_maybe_;
  mutable std::optional<std::vector<std::string>> sensitive_;
};

}  // namespace

ProductAccess who_can(const ir::PolicySet& set, size_t product, const WhoCanOptions& options) {
  return WhoCan(set, product, options).run();
}

}  // namespace custos::analysis
