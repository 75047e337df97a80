// `custos sql`: one request's decision as SQL for an engine that enforces natively: the row
// filter and one expression per column, principal and context folded in, as a runnable SELECT
// (human format, with the rules as comments) or as JSON for programs.
#include <nlohmann/json.hpp>
#include <ostream>

#include "commands.h"
#include "emit_plan.h"
#include "plan.h"

namespace custos::cli {

int run_sql(const SqlArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  auto dialect = sql::parse_dialect(args.dialect);
  if (!dialect) {
    err << "error: unknown dialect `" << args.dialect << "` (postgres, sqlite or trino)\n";
    return kExitUsage;
  }
  auto request = load_request(args.request, "SQL targets", err, term);
  if (!request) return kExitFailure;
  auto key = resolve_hash_key(args.hash_key, ir::first_keyed_rule(*request->loaded->set, request->index),
                              request->loaded->sources, err);
  if (!key) return kExitFailure;
  stdlib::NativeContext natives;
  natives.hash_key = *key;
  eval::Plan plan = eval::make_plan(*request->loaded->set, request->index, request->principal, request->context,
                                    args.request.columns, natives);
  sql::SqlPlan sp;
  std::string table;
  try {
    sp = sql::emit_plan(plan, *dialect, natives);
    table = args.table.empty() ? sql::default_table(*request->product, *dialect) : sql::quote_identifier(args.table);
  } catch (const sql::Unsupported& e) {
    err << "error: the decision for `" << request->product->qualified() << "` cannot be expressed in "
        << sql::to_string(*dialect) << " SQL: " << e.what() << "\n";
    return kExitFailure;
  }
  std::string select = sql::select_statement(sp, table);
  if (args.json) {
    nlohmann::json cols = nlohmann::json::array();
    for (const auto& c : sp.columns) {
      cols.push_back({{"name", c.name}, {"outcome", eval::to_string(c.outcome)}, {"mask", c.mask.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.mask)},
                      {"expression", c.expression}, {"rules", c.rules}});
    }
    nlohmann::json j = {{"product", sp.product},   {"dialect", sql::to_string(*dialect)}, {"allowed", sp.allowed},
                        {"access_rules", sp.access_rules}, {"row_filter", sp.row_filter}, {"row_rules", sp.row_rules},
                        {"columns", cols},          {"select", select}};
    out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  out << sql::decision_script(sp, table);
  return kExitOk;
}

}  // namespace custos::cli
