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
    for (const auto& a : answers) doc.push_back(access_json(a));
    out << json{{"products", doc}, {"complete", !unknown}}.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
  } else {
    for (size_t i = 0; i < answers.size(); ++i) out << (i ? "\n" : "") << access_text(answers[i], mesh.products[products[i]], args.columns.empty());
    if (unknown) out << "\nsome conditions could not be decided (unknown above): they are not proven\n";
  }
  return unknown ? kExitFailure : kExitOk;
}

}  // namespace custos::cli
