// A product's decision as readable formulas, composed by the decision core.
#include "product_formulas.h"

#include <map>

#include "decision_core.h"

namespace custos::analysis {

namespace {

Formula any(std::vector<Formula> xs) { return Formula::any(std::move(xs)); }
Formula all(std::vector<Formula> xs) { return Formula::all(std::move(xs)); }

// A three-valued condition as two two-valued ones: where it is true, and where it is false.
struct Tri {
  Formula t, f;
};

}  // namespace

ProductFormulas::ProductFormulas(const ir::PolicySet& set, size_t product, int tag_base)
    : set_(set), product_(set.mesh->products.at(product)), index_(product), tag_base_(tag_base), order_(ir::rules_in_order(set.rules_for(product))) {
  // Each rule's stage-1 condition; for a `rows where` rule, where its rows are (true) and where
  // they may be (not false: a mask applies there, fail closed).
  for (size_t i = 0; i < order_.size(); ++i) {
    const ir::Rule& r = *order_[i]->rule;
    auto is = [](const ir::Expr& e, bool want) { return Formula::lit(e, want); };
    Formula h = eval::compose_rule_holds<Formula>(r, is, any, all, Formula::negate).tagged(tag_base + static_cast<int>(i));
    bind(h, product_);
    holds_.push_back(std::move(h));
    if (r.rows.empty()) {
      rows_true_.emplace_back();
      rows_maybe_.emplace_back();
      continue;
    }
    std::vector<Formula> t, maybe;
    for (const auto& e : r.rows) {
      t.push_back(Formula::lit(*e, true));
      maybe.push_back(Formula::lit(*e, true, false));
    }
    Formula ft = all(std::move(t)), fm = all(std::move(maybe));
    bind(ft, product_);
    bind(fm, product_);
    rows_true_.push_back(std::move(ft));
    rows_maybe_.push_back(std::move(fm));
  }
}

const ir::Rule* ProductFormulas::rule(int tag) const {
  const int i = tag - tag_base_;
  if (i < 0 || static_cast<size_t>(i) >= order_.size()) return nullptr;
  return order_[static_cast<size_t>(i)]->rule;
}

Formula ProductFormulas::readable() const {
  return eval::compose_access<Formula>(eval::access_parts(set_.rules_for(index_)), [&](size_t i) { return holds(i); }, any, all,
                                       Formula::negate);
}

Formula ProductFormulas::rows() const {
  auto term = [&](const eval::FilterPart& part) {
    const Formula& h = holds_[part.rule];
    if (!rows_true_[part.rule]) return Tri{h, Formula::negate(h)};
    // True where the rule holds and its rows are; false where it does not or they are not.
    const int tag = tag_base_ + static_cast<int>(part.rule);
    return Tri{all({h, *rows_true_[part.rule]}).tagged(tag), Formula::negate(all({h, *rows_maybe_[part.rule]}).tagged(tag))};
  };
  auto split = [](std::vector<Tri>& xs, std::vector<Formula>& ts, std::vector<Formula>& fs) {
    for (auto& x : xs) ts.push_back(std::move(x.t)), fs.push_back(std::move(x.f));
  };
  auto any3 = [&](std::vector<Tri> xs) {
    std::vector<Formula> ts, fs;
    split(xs, ts, fs);
    return Tri{any(std::move(ts)), all(std::move(fs))};
  };
  auto all3 = [&](std::vector<Tri> xs) {
    std::vector<Formula> ts, fs;
    split(xs, ts, fs);
    return Tri{all(std::move(ts)), any(std::move(fs))};
  };
  auto negate3 = [](Tri x) { return Tri{std::move(x.f), std::move(x.t)}; };
  return eval::compose_row_filter<Tri>(eval::filter_parts(set_.rules_for(index_)), term, any3, all3, negate3).t;
}

Formula ProductFormulas::applies(size_t i) const {
  if (!rows_true_[i]) return holds_[i];
  return all({holds_[i], *rows_maybe_[i]}).tagged(tag_base_ + static_cast<int>(i));
}

ColumnFormulas ProductFormulas::column(const std::string& name, MaskTable& masks) const {
  ColumnFormulas out;
  const eval::ColumnRules cr = eval::column_rules(order_, name);
  out.denied = eval::compose_column_denied<Formula>(cr, [&](size_t i) { return holds(i); }, any, all);
  // The first mask (in the decision core's order) that applies masks the value.
  const auto ordered = eval::mask_order(order_, cr.masks, [&](size_t i) { return rows_true_[i].has_value(); });
  std::map<int, size_t> slot;  // MaskTable id -> position in out.masked
  Formula none = eval::compose_mask_choice<Formula>(
      ordered, [&](size_t i) { return applies(i); }, any, all, [](Formula f) { return Formula::negate(std::move(f)); },
      [&](size_t i, Formula where) {
        const ir::Rule& r = *order_[i]->rule;
        const int id = masks.id(r);
        if (!slot.count(id)) {
          slot[id] = out.masked.size();
          out.masked.push_back({id, r.mask->strength, any({})});
        }
        out.masked[slot[id]].where.kids.push_back(std::move(where));
      });
  for (auto& m : out.masked) m.where = all({Formula::negate(out.denied), std::move(m.where)});
  out.clear = all({Formula::negate(out.denied), std::move(none)});
  return out;
}

}  // namespace custos::analysis
