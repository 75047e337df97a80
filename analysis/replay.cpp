// Witness replay through the interpreter.
#include "replay.h"

#include <nlohmann/json.hpp>

#include "decision_inputs.h"
#include "product_model.h"

namespace custos::analysis {

const ColumnSeen* Observed::column(const std::string& name) const {
  for (const auto& c : columns) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

namespace {
// The witness's attributes that this version declares (the other version may declare more).
std::string declared_only(const std::string& json_text, const std::vector<Attribute>& decls) {
  nlohmann::json doc = nlohmann::json::parse(json_text), out = nlohmann::json::object();
  for (const auto& d : decls) {
    if (doc.contains(d.name)) out[d.name] = doc[d.name];
  }
  return out.dump();
}
}  // namespace

WitnessInputs read_witness(const ir::PolicySet& set, const Product& p, const Witness& w) {
  WitnessInputs in;
  std::vector<std::string> errors;
  const auto& config = set.mesh->config;
  in.principal = eval::attributes_from_json(declared_only(w.principal, config.principal), config.principal, "principal", errors);
  in.context = eval::attributes_from_json(declared_only(w.context, config.context), config.context, "context", errors);
  if (!w.row.empty()) {
    nlohmann::json doc = nlohmann::json::parse(w.row), kept = nlohmann::json::object();
    for (const Column& c : p.columns) {
      if (doc.contains(c.name)) kept[c.name] = doc[c.name];
    }
    in.rows = eval::rows_from_jsonl(kept.dump() + "\n", p, errors);
  }
  if (!errors.empty()) in.error = errors.front();
  return in;
}

Observed replay(const ir::PolicySet& set, const std::string& product, const Witness& w) {
  Observed o;
  const Product* p = set.mesh->find_product(product);
  if (!p) return o;
  o.exists = true;
  WitnessInputs in = read_witness(set, *p, w);
  if (!in.error.empty()) {
    o.error = in.error;
    return o;
  }
  return observe(set, static_cast<size_t>(p - set.mesh->products.data()), in.principal, in.context,
                 in.rows.empty() ? nullptr : &in.rows.front());
}

Observed observe(const ir::PolicySet& set, size_t product, const eval::Attributes& principal, const eval::Attributes& context,
                 const eval::Row* row) {
  Observed o;
  o.exists = true;
  const stdlib::NativeContext natives;  // masks are compared, never computed: no key is needed
  eval::Plan plan = eval::make_plan(set, product, principal, context, {}, natives);
  o.allowed = plan.allowed;
  o.trace = plan.trace;
  o.visible = row && plan.allowed && eval::row_visible(plan, *row, natives);
  for (const auto& c : plan.columns) {
    ColumnSeen seen{c.name, kDeniedLevel, "denied"};
    if (o.visible && c.outcome != eval::ColumnOutcome::Denied) {
      if (const eval::MaskUse* m = eval::applied_mask(plan, c, *row, natives)) {
        seen.level = m->fn->strength;
        std::string args;
        for (size_t i = 0; i < m->args.size(); ++i) args += (i ? ", " : "") + to_text(m->args[i]);
        seen.shown = "masked (" + std::string(m->fn->name) + (args.empty() ? "" : "(" + args + ")") + ")";
      } else {
        seen.level = kClearLevel;
        seen.shown = "clear";
      }
    }
    o.columns.push_back(seen);
  }
  return o;
}

}  // namespace custos::analysis
