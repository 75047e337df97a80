// `custos who-can`: each condition is composed by the decision core over readable formulas,
// proven equal to the decision model (the same compositions over SMT terms), then simplified.
#include "who_can.h"

#include <algorithm>
#include <stdexcept>

#include "check/coverage.h"
#include "condition.h"
#include "decision_core.h"
#include "product_formulas.h"
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

class WhoCan {
 public:
  WhoCan(const ir::PolicySet& set, size_t product, const WhoCanOptions& opt)
      : set_(set), product_(set.mesh->products.at(product)), index_(product), opt_(opt), world_(z_), model_(z_) {}

  ProductAccess run() {
    ProductAccess out;
    out.product = product_.qualified();
    const std::vector<const Column*> columns = chosen_columns();
    std::optional<ProductFormulas> formulas;
    try {
      model_ = model_product(set_, index_, world_, masks_);
      formulas.emplace(set_, index_);
    } catch (const Unsupported& u) {
      const std::string at = where(opt_.sources, u.span);
      return unknown(out, columns, u.reason + (at.empty() ? "" : " (" + at + ")"));
    } catch (const z3::exception& e) {
      return unknown(out, columns, std::string("the solver refused the encoding: ") + e.msg());
    }
    Prover prover(world_, {opt_.timeout_ms, opt_.simplify_ms, opt_.step_ms});
    const ProductFormulas& pf = *formulas;
    const Layout::Link link = [&](int tag) {
      const ir::Rule& r = *pf.rule(tag);
      return RuleLink{r.id, ir::to_string(r.kind), where(opt_.sources, r.span), ""};
    };
    const z3::expr yes = z_.bool_val(true);
    auto prove = [&](const Formula& f, const z3::expr& reference, const std::string& what) {
      return prover.prove(f, reference, yes, link, product_.qualified() + ", " + what);
    };
    out.readable = prove(pf.readable(), model_.access, "table access");
    if (out.readable.verdict == Condition::Verdict::Never) return out;  // no one reads a row or a column
    // Rows and columns as a reader with table access sees them.
    if (opt_.rows) out.rows = prove(pf.rows(), model_.filter, "the rows");
    for (const Column* c : columns) {
      ColumnAccess ca = describe(*c);
      const ColumnModel* m = model_.column(c->name);
      const ColumnFormulas cf = pf.column(c->name, masks_);
      const std::string what = "column " + c->name;
      ca.denied = prove(cf.denied, m->level_with_access == z_.int_val(kDeniedLevel), what + " denied");
      ca.clear = prove(cf.clear, m->level_with_access == z_.int_val(kClearLevel), what + " clear");
      for (const auto& mf : cf.masked) {
        Condition when = prove(mf.where, m->mask_with_access == z_.int_val(mf.mask), what + " masked");
        if (when.verdict != Condition::Verdict::Never) ca.masked.push_back({masks_.describe(mf.mask), std::move(when)});
      }
      out.columns.push_back(std::move(ca));
    }
    return out;
  }

 private:
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
    const eval::ColumnRules cr = eval::column_rules(ir::rules_in_order(set_.rules_for(index_)), c.name);
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

  const ir::PolicySet& set_;
  const Product& product_;
  size_t index_;
  const WhoCanOptions& opt_;
  z3::context z_;
  World world_;
  MaskTable masks_;
  ProductModel model_;
  mutable std::optional<std::vector<std::string>> sensitive_;
};

}  // namespace

ProductAccess who_can(const ir::PolicySet& set, size_t product, const WhoCanOptions& options) {
  return WhoCan(set, product, options).run();
}

}  // namespace custos::analysis
