// `custos sql`: one request's decision as SQL for an engine that enforces natively: the row
// filter and one expression per column, principal and context folded in, as a runnable SELECT
// (human format, with the rules as comments) or as JSON for programs.
#include <nlohmann/json.hpp>
#include <ostream>

#include "commands.h"
#include "emit_plan.h"
#include "plan.h"

namespace custos::cli {

namespace {
std::string join(const std::vector<std::string>& xs) {
  std::string s;
  for (size_t i = 0; i < xs.size(); ++i) s += (i ? ", " : "") + xs[i];
  return s;
}
}  // namespace

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
  // Names and rule ids are shown through line_comment: nothing in them can end a comment early.
  out << sql::line_comment(sp.product + " in " + sql::to_string(*dialect) + " SQL, principal and context folded in");
  out << sql::line_comment("access: " + (sp.allowed ? "allowed by " + join(sp.access_rules)
                                                    : sp.access_rules.empty() ? std::string("denied (no permit holds)")
                                                                              : "denied by " + join(sp.access_rules)));
  if (!sp.row_rules.empty()) out << sql::line_comment("row filter from: " + join(sp.row_rules));
  for (const auto& c : sp.columns) {
    if (c.outcome == eval::ColumnOutcome::Clear) continue;
    out << sql::line_comment(c.name + ": " + eval::to_string(c.outcome) + (c.mask.empty() ? "" : " with " + c.mask) +
                             (c.rules.empty() ? "" : " by " + join(c.rules)));
  }
  out << select << ";\n";
  return kExitOk;
}

}  // namespace custos::cli
