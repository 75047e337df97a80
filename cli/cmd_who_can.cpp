// `custos who-can`: the access review, product by product.
#include <ostream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "access_text.h"
#include "commands.h"
#include "who_can.h"

namespace custos::cli {

namespace {

using nlohmann::json;

json link_json(const analysis::RuleLink& r) { return {{"id", r.id}, {"kind", r.kind}, {"location", r.location}}; }

json node_json(const analysis::ConditionNode& n) {
  json j = {{"op", n.op == analysis::ConditionNode::Op::Leaf ? "leaf" : analysis::to_string(n.op)}};
  if (n.op == analysis::ConditionNode::Op::Leaf) j["text"] = n.text;
  if (n.rule) j["rule"] = link_json(*n.rule);
  if (!n.kids.empty()) {
    j["parts"] = json::array();
    for (const auto& k : n.kids) j["parts"].push_back(node_json(k));
  }
  return j;
}

json condition_json(const analysis::Condition& c) {
  json j = {{"verdict", analysis::to_string(c.verdict)}};
  if (c.verdict == analysis::Condition::Verdict::When) {
    j["text"] = c.text;
    j["tree"] = node_json(c.tree);
  }
  if (c.verdict != analysis::Condition::Verdict::Unknown) {
    j["rules"] = json::array();
    for (const auto& r : c.rules) j["rules"].push_back(link_json(r));
  }
  if (c.verdict == analysis::Condition::Verdict::Unknown) j["reason"] = c.unknown;
  return j;
}

json product_json(const analysis::ProductAccess& p) {
  json columns = json::array();
  for (const auto& c : p.columns) {
    json masked = json::array();
    for (const auto& m : c.masked) masked.push_back({{"mask", m.mask}, {"when", condition_json(m.when)}});
    columns.push_back({{"name", c.name}, {"tags", c.tags}, {"sensitive", c.sensitive}, {"governed", c.has_rules},
                       {"clear", condition_json(c.clear)}, {"masked", masked}, {"denied", condition_json(c.denied)}});
  }
  json j = {{"product", p.product}, {"readable", condition_json(p.readable)}, {"columns", columns}};
  if (p.rows) j["rows"] = condition_json(*p.rows);
  return j;
}

}  // namespace

int run_who_can(const WhoCanArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  CheckInputs inputs = args.inputs;
  if (inputs.paths.empty()) inputs.paths = {"."};
  auto loaded = load_policies(inputs, "answers who-can", err, term);
  if (!loaded) return kExitUsage;
  const Mesh& mesh = *loaded->checked.mesh;
  std::vector<size_t> products;
  if (args.products.empty()) {
    for (size_t i = 0; i < mesh.products.size(); ++i) products.push_back(i);
  }
  for (const auto& name : args.products) {
    const Product* p = find_product(mesh, name, err);
    if (!p) return kExitUsage;
    products.push_back(static_cast<size_t>(p - mesh.products.data()));
  }
  if (!args.columns.empty() && products.size() != 1) {
    err << "error: --column needs exactly one --product\n";
    return kExitUsage;
  }
  analysis::WhoCanOptions opt;
  opt.sources = &loaded->sources;
  opt.rows = args.rows;
  opt.columns = args.columns;
  opt.timeout_ms = args.timeout_ms;
  std::vector<analysis::ProductAccess> answers;
  try {
    for (size_t i : products) answers.push_back(analysis::who_can(*loaded->set, i, opt));
  } catch (const std::invalid_argument& e) {
    err << "error: " << e.what() << "\n";
    return kExitUsage;
  }
  bool unknown = false;
  for (const auto& a : answers) unknown = unknown || access_unknown(a);
  if (args.format == "json") {
    json doc = json::array();
    for (const auto& a : answers) doc.push_back(product_json(a));
    out << json{{"products", doc}, {"complete", !unknown}}.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
  } else {
    for (size_t i = 0; i < answers.size(); ++i) out << (i ? "\n" : "") << access_text(answers[i], mesh.products[products[i]], args.columns.empty());
    if (unknown) out << "\nsome conditions could not be decided (unknown above): they are not proven\n";
  }
  return unknown ? kExitFailure : kExitOk;
}

}  // namespace custos::cli
