// Decisions over rows through compiled code.
#include "ir/build.h"
#include "decide_rows_jit.h"

#include "arrow_builder.h"

namespace custos::jit {

namespace {

std::vector<std::string> ids(const std::vector<const ir::Rule*>& rules) {
  std::vector<std::string> out;
  for (const auto* r : rules) out.push_back(r->id);
  return out;
}

// The compiled plan's decisions, in the interpreter's plan form (for output and tests).
void adopt(eval::Plan& plan, const CompiledPlan& cp, const Product& product) {
  plan.allowed = cp.allowed;
  plan.access_rules = ids(cp.access_rules);
  plan.access_why = eval::access_why(cp.allowed, cp.permits_holding, cp.allowed ? std::vector<std::string>{} : plan.access_rules);
  plan.row_rules = ids(cp.row_rules);
  plan.break_glass = ids(cp.break_glass);
  if (!cp.allowed) plan.row_filter = ir::make_bool(false);
  plan.columns.clear();
  for (const auto& cd : cp.columns) {
    eval::ColumnPlan c;
    c.name = product.columns.at(cd.index).name;
    c.index = cd.index;
    c.outcome = cd.outcome;
    c.unorderable = cd.unorderable;
    c.rules = ids(cd.rules);
    for (const auto& m : cd.masks) {
      eval::MaskUse use{m.rule->mask, {m.rule->mask_args.begin(), m.rule->mask_args.end()}, m.rule->id, nullptr, m.by_row};
      c.masks.push_back(std::move(use));
    }
    plan.columns.push_back(std::move(c));
  }
}

}  // namespace

eval::Decider jit_decider(const CompiledPolicySet& compiled, const ir::PolicySet& set) {
  return [&compiled, &set](size_t product, const eval::Attributes& principal, const eval::Attributes& context,
                           const std::vector<std::string>& columns, const std::vector<eval::Row>& rows) {
    const Product& p = set.mesh->products.at(product);
    // The interpreter's plan supplies what only it has: the trace and the residual filter's text.
    eval::RowsDecision d;
    d.plan = eval::make_plan(set, product, principal, context, columns, compiled.natives());
    auto inputs = std::make_shared<Inputs>(set.mesh->config, principal, context);
    auto cp = compiled.plan(product, inputs, columns);
    adopt(d.plan, *cp, p);
    d.engine = to_string(cp->engine);
    if (rows.empty()) return d;
    eval::ArrowBatchBuilder batch;
    std::string error;
    std::optional<eval::BatchView> view;
    if (eval::add_rows(batch, p, rows)) view = eval::BatchView::make(batch.schema(), batch.array(), p, error);
    if (!view) {
      // Rows with no Arrow form here (e.g. opaque columns): the interpreter decides them.
      auto ref = eval::interpret_rows(set, product, principal, context, columns, rows, compiled.natives());
      d.visible = std::move(ref.visible);
      d.values = std::move(ref.values);
      d.engine = "interp";
      return d;
    }
    Engine used = Engine::Interpreter;
    std::vector<uint32_t> selected = compiled.select(*cp, *inputs, *view, &used);
    if (used != Engine::Jit) d.engine = "interp";
    d.values.assign(selected.size(), std::vector<Scalar>(cp->columns.size(), Scalar{Null{}}));
    for (size_t c = 0; c < cp->columns.size(); ++c) {
      auto values = compiled.masked_values(*cp, *inputs, cp->columns[c], *view, selected);
      for (size_t k = 0; k < selected.size(); ++k) d.values[k][c] = std::move(values[k]);
    }
    for (uint32_t r : selected) d.visible.push_back(r);
    return d;
  };
}

}  // namespace custos::jit
