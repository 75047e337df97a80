// Writes the SQL that Custos emits for Trino, for tests/sql/trino_parses.sh to parse with a parser
// generated from Trino's grammar (no Trino server runs in CI). The corpus: the operator table
// (every operator and stdlib function on edge constants, tests/support/operator_table.h), the
// example mesh decided for its example principals, and random policies with masks from the
// differential tests' generator.
//
// Usage: custos_trino_corpus CORPUS.json OPERATOR_TABLE.sql [RANDOM_POLICIES]
// CORPUS.json: [{"what", "sql"}]; OPERATOR_TABLE.sql: each predicate and its Trino row filter,
// compared with tests/golden/sql/trino_operator_table.sql so that a change in Trino's rendering
// is reviewed.
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "emit_plan.h"
#include "plan.h"
#include "support/example_mesh.h"
#include "support/golden_mesh.h"
#include "support/operator_table.h"
#include "support/random_policy.h"
#include "support/test_keys.h"

using namespace custos;
using namespace custos::testing;

namespace {

struct Corpus {
  nlohmann::json statements = nlohmann::json::array();
  size_t unsupported = 0;

  // The plan's SELECT in Trino, or nothing when a part of it has no exact Trino rendering (which
  // `custos sql` reports as an error); returns the row filter.
  std::string add(const std::string& what, const eval::Plan& plan, const std::string& table, const stdlib::NativeContext& natives) {
    try {
      sql::SqlPlan sp = sql::emit_plan(plan, sql::Dialect::Trino, natives);
      statements.push_back({{"what", what}, {"sql", sql::select_statement(sp, table)}});
      return sp.row_filter;
    } catch (const sql::Unsupported& e) {
      ++unsupported;
      return std::string("-- not rendered: ") + e.what();
    }
  }
};

}  // namespace

int main(int argc, char** argv) try {
  if (argc < 3) {
    std::cerr << "usage: custos_trino_corpus CORPUS.json OPERATOR_TABLE.sql [RANDOM_POLICIES]\n";
    return 2;
  }
  const int random_policies = argc > 3 ? std::atoi(argv[3]) : 150;
  const stdlib::NativeContext natives = test_natives();
  Corpus corpus;

  // The operator table.
  GoldenMesh golden;
  const size_t orders = golden.index("sales.orders");
  const std::string table = sql::quote_identifier("operator table");
  std::ofstream filters(argv[2], std::ios::binary);
  filters << "-- The Trino row filter of each operator-table predicate (tests/support/operator_table.cpp).\n"
          << "-- Regenerate with CUSTOS_UPDATE_GOLDEN=1 ctest -R trino_sql_parses\n";
  const eval::Attributes principal = operator_principal(), context = operator_context();
  for (const auto& pred : operator_predicates()) {
    ir::PolicySet set = lower_policy(*golden.mesh, operator_policy(pred));
    eval::Plan plan = eval::make_plan(set, orders, principal, context, {}, natives);
    filters << "\n-- " << pred << "\n" << corpus.add("operator table: " + pred, plan, table, natives) << "\n";
  }

  // The example mesh: every product for every example principal.
  ExampleMesh ex;
  std::vector<std::string> errors;
  auto example_context = eval::attributes_from_json(R"({"purposes": ["reporting"], "now": "2026-03-01T09:00:00Z"})", ex.mesh->config.context, "context", errors);
  for (const char* who : {"analyst", "agent_fr", "partner"}) {
    auto example_principal = eval::attributes_from_json(ex.read(std::string("requests/") + who + ".json"), ex.mesh->config.principal, "principal", errors);
    for (size_t p = 0; p < ex.mesh->products.size(); ++p) {
      const Product& product = ex.mesh->products[p];
      eval::Plan plan = eval::make_plan(*ex.set, p, example_principal, example_context, {}, natives);
      corpus.add(std::string("examples: ") + who + " on " + product.domain + "." + product.name, plan,
                 sql::default_table(product, sql::Dialect::Trino), natives);
    }
  }
  if (!errors.empty()) throw std::runtime_error("example request: " + errors.front());

  // Random policies with masks, denies and row filters, three requests each.
  RandomPolicies gen(20261202);
  gen.nul_strings = false;
  for (int i = 0; i < random_policies; ++i) {
    const std::string text = gen.policy();
    ir::PolicySet set = lower_policy(*golden.mesh, text);
    for (int q = 0; q < 3; ++q) {
      const eval::Attributes who = gen.principal(), when = gen.context();
      eval::Plan plan = eval::make_plan(set, orders, who, when, {}, natives);
      corpus.add("random policy " + std::to_string(i) + ", request " + std::to_string(q) + ":\n" + text, plan,
                 sql::quote_identifier("Sales \"Orders\" 2024"), natives);
    }
  }

  std::ofstream out(argv[1], std::ios::binary);
  out << corpus.statements.dump(1) << "\n";
  std::cout << corpus.statements.size() << " Trino statements written (" << corpus.unsupported << " plans not renderable in Trino)\n";
  return out && filters ? 0 : 1;
} catch (const std::exception& e) {
  std::cerr << "custos_trino_corpus: " << e.what() << "\n";
  return 1;
}
