// `custos eval` and `custos explain`: one decision for a principal, a context and a product,
// optionally applied to rows.
#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "commands.h"
#include "decide_rows_jit.h"
#include "scalar_json.h"
#include "functions.h"
#include "decision_inputs.h"
#include "ir/policy_set.h"
#include "plan.h"
#include "request.h"

namespace custos::cli {

namespace {

std::string mask_name(const stdlib::FunctionInfo* fn) {
  return fn ? std::string(fn->module) + "." + std::string(fn->name) : "";
}

std::string join(const std::vector<std::string>& xs, const char* sep = ", ") {
  std::string s;
  for (size_t i = 0; i < xs.size(); ++i) s += (i ? sep : "") + xs[i];
  return s;
}

std::string csv_field(const Scalar& v) {
  if (is_null(v)) return "";
  std::string s = to_text(v);
  if (s.find_first_of(",\"\n\r") == std::string::npos && !s.empty()) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

const char* kind_word(ast::RuleKind k) { return ast::to_string(k); }

}  // namespace

int run_decide(const DecideArgs& args, bool explain, std::ostream& out, std::ostream& err, const Terminal& term) {
  auto request = load_request(args.request, "decisions", err, term);
  if (!request) return kExitFailure;
  const ir::PolicySet& set = *request->loaded->set;
  const SourceMap& sources = request->loaded->sources;
  const Product* product = request->product;
  const eval::Attributes& principal = request->principal;
  const eval::Attributes& context = request->context;
  std::vector<std::string> errors;
  std::vector<eval::Row> rows;
  if (!args.rows_file.empty()) {
    rows = eval::rows_from_file(args.rows_file, *product, errors);
  }
  if (!errors.empty()) {
    for (const auto& e : errors) err << "error: " << e << "\n";
    return kExitFailure;
  }

  size_t index = request->index;
  // Only masked values need the key: a decision without rows computes no pseudonym.
  auto key = resolve_hash_key(args.hash_key, args.rows_file.empty() ? nullptr : ir::first_keyed_rule(set, index), sources, err);
  if (!key) return kExitFailure;
  stdlib::NativeContext natives;
  natives.hash_key = *key;
  std::unique_ptr<jit::CompiledPolicySet> compiled;
  eval::RowsDecision decision;
  if (args.engine == "jit") {
    compiled = jit::CompiledPolicySet::start(set, jit::Options{false, 2, 16, false});
    compiled->set_natives(natives);
    decision = jit::jit_decider(*compiled, set)(index, principal, context, args.request.columns, rows);
  } else {
    decision = eval::interpret_rows(set, index, principal, context, args.request.columns, rows, natives);
  }
  const eval::Plan& plan = decision.plan;
  const std::vector<size_t>& visible = decision.visible;
  auto value = [&](size_t k, size_t column) { return decision.values.at(k).at(column); };

  if (args.json) {
    nlohmann::json j;
    j["product"] = product->qualified();
    j["access"] = plan.allowed ? "allow" : "deny";
    j["access_rules"] = plan.access_rules;
    j["access_reason"] = plan.access_why;
    nlohmann::json cols = nlohmann::json::array();
    for (const auto& c : plan.columns) {
      nlohmann::json cj = {{"name", c.name}, {"outcome", eval::to_string(c.outcome)}, {"rules", c.rules}};
      if (c.mask()) cj["mask"] = mask_name(c.mask());
      cj["row_dependent"] = std::any_of(c.masks.begin(), c.masks.end(), [](const eval::MaskUse& m) { return m.by_row; });
      cols.push_back(cj);
    }
    j["columns"] = cols;
    j["row_filter"] = eval::render(*plan.row_filter);
    j["row_rules"] = plan.row_rules;
    if (!args.rows_file.empty()) {
      nlohmann::json out_rows = nlohmann::json::array();
      for (size_t k = 0; k < visible.size(); ++k) {
        nlohmann::json r = nlohmann::json::object();
        for (size_t c = 0; c < plan.columns.size(); ++c) {
          if (plan.columns[c].outcome != eval::ColumnOutcome::Denied) r[plan.columns[c].name] = scalar_json(value(k, c));
        }
        out_rows.push_back(r);
      }
      j["rows"] = out_rows;
      j["rows_total"] = rows.size();
    }
    if (explain) {
      nlohmann::json tr = nlohmann::json::array();
      for (const auto& t : plan.trace) {
        tr.push_back({{"id", t.id}, {"kind", kind_word(t.kind)}, {"holds", t.holds}, {"why", t.why}, {"reason", t.reason},
                      {"file", sources.file(t.span.file).path()}, {"line", t.span.line}});
      }
      j["rules"] = tr;
    }
    out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return kExitOk;
  }

  out << fmt::format("product   {}\n", product->qualified());
  out << fmt::format("access    {} ({}{})\n", plan.allowed ? "allow" : "deny", plan.access_why,
                     plan.access_rules.empty() ? "" : ": " + join(plan.access_rules));
  size_t width = 6;
  for (const auto& c : plan.columns) width = std::max(width, c.name.size());
  out << "columns\n";
  for (const auto& c : plan.columns) {
    std::string outcome = eval::to_string(c.outcome);
    if (c.mask()) outcome += " with " + mask_name(c.mask());
    bool by_row = std::any_of(c.masks.begin(), c.masks.end(), [](const eval::MaskUse& m) { return m.by_row; });
    if (by_row) outcome += " (on some rows)";
    out << fmt::format("  {:<{}}  {}{}\n", c.name, width, outcome, c.rules.empty() ? "" : "    by " + join(c.rules));
  }
  if (plan.allowed) {
    out << fmt::format("rows      {}{}\n", eval::render(*plan.row_filter),
                       plan.row_rules.empty() ? "" : "    by " + join(plan.row_rules));
  }
  if (explain) {
    out << "rules\n";
    for (const auto& t : plan.trace) {
      out << fmt::format("  {} {} {} ({}:{}): {}\n", t.holds ? "holds  " : "skipped", kind_word(t.kind), t.id,
                         sources.file(t.span.file).path(), t.span.line, t.why);
      if (!t.reason.empty()) out << fmt::format("          reason: {}\n", t.reason);
    }
  }
  if (!args.rows_file.empty()) {
    out << fmt::format("visible   {} of {} rows\n", visible.size(), rows.size());
    std::vector<std::string> header;
    for (const auto& c : plan.columns) {
      if (c.outcome != eval::ColumnOutcome::Denied) header.push_back(c.name);
    }
    if (!header.empty() && !visible.empty()) {
      out << join(header, ",") << "\n";
      for (size_t k = 0; k < visible.size(); ++k) {
        std::vector<std::string> fields;
        for (size_t c = 0; c < plan.columns.size(); ++c) {
          if (plan.columns[c].outcome != eval::ColumnOutcome::Denied) fields.push_back(csv_field(value(k, c)));
        }
        out << join(fields, ",") << "\n";
      }
    }
  }
  return kExitOk;
}

}  // namespace custos::cli
