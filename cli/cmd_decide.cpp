// `custos eval` and `custos explain`: one decision for a principal, a context and a product,
// optionally applied to rows.
#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "ir/print.h"
#include "commands.h"
#include "decide_rows_jit.h"
#include "scalar_json.h"
#include "functions.h"
#include "decision_inputs.h"
#include "ir/policy_set.h"
#include "plan.h"
#include "request.h"

#include "support/names.h"

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

const char* kind_word(ir::RuleKind k) { return ir::to_string(k); }

// For a mask rule that holds: the columns where something stronger decides instead, grouped by
// what wins ("on email, phone: the stricter `masks.hash` of gdpr-direct-identifiers wins").
std::vector<std::string> overridden(const ir::PolicySet& set, size_t product, const eval::Plan& plan, const std::string& id) {
  if (!plan.allowed) return {};  // no column is read at all
  const ir::RuleRef* ref = nullptr;
  for (const auto& r : set.rules_for(product).masks) {
    if (r.rule->id == id) ref = &r;
  }
  if (!ref) return {};
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;  // winner -> columns
  for (const auto& c : plan.columns) {
    if (!eval::rule_targets(*ref, c.name)) continue;
    std::string winner;
    if (c.outcome == eval::ColumnOutcome::Denied) {
      winner = "denied by " + join(c.rules, ", ") + (c.unorderable ? " (masks that cannot be ordered both hold)" : "");
    } else if (std::none_of(c.masks.begin(), c.masks.end(), [&](const eval::MaskUse& m) { return m.rule_id == id; }) &&
               !c.masks.empty()) {
      winner = "the stricter `" + mask_name(c.masks.front().fn) + "` of " + c.masks.front().rule_id + " wins";
    }
    if (winner.empty()) continue;
    auto g = std::find_if(groups.begin(), groups.end(), [&](const auto& x) { return x.first == winner; });
    if (g == groups.end()) {
      groups.push_back({winner, {c.name}});
    } else {
      g->second.push_back(c.name);
    }
  }
  std::vector<std::string> out;
  for (const auto& [winner, cols] : groups) out.push_back("on " + join(cols, ", ") + ": " + winner);
  return out;
}

std::string justification(const eval::Attributes& context) {
  const eval::Val* why = context.find("justification");
  const std::string* text = why && why->kind == eval::Val::Kind::Atom ? std::get_if<std::string>(&why->scalar) : nullptr;
  return text ? *text : "";
}

std::string join_ids(const std::vector<std::string>& ids) {
  std::string s;
  for (size_t i = 0; i < ids.size() && i < 5; ++i) s += (i ? ", " : "") + ids[i];
  if (ids.size() > 5) s += " and " + std::to_string(ids.size() - 5) + " more";
  return s;
}

// Attributes the product's rules read that the principal or context lacks, and columns they read
// that the rows file does not have: each named with the rules it affects.
std::vector<std::string> missing_inputs(const ir::PolicySet& set, size_t product, const eval::Attributes& principal,
                                        const eval::Attributes& context, const std::string& rows_file,
                                        const std::vector<bool>& present) {
  std::vector<std::string> out;
  const std::pair<ir::ExprKind, const eval::Attributes*> sides[] = {{ir::ExprKind::Principal, &principal},
                                                                        {ir::ExprKind::Context, &context}};
  for (const auto& [kind, attrs] : sides) {
    const char* side = kind == ir::ExprKind::Principal ? "principal" : "context";
    const auto& decls = kind == ir::ExprKind::Principal ? set.mesh->config.principal : set.mesh->config.context;
    for (const auto& [name, rules] : ir::rules_reading(set, product, kind)) {
      if (attrs->find(name)) continue;
      // An optional attribute may be absent: it is null, which the rules are written for.
      auto decl = std::find_if(decls.begin(), decls.end(), [&](const Attribute& a) { return a.name == name; });
      if (decl != decls.end() && decl->optional) continue;
      out.push_back(std::string("the ") + side + " has no `" + name + "`: " + (rules.size() == 1 ? "rule " : "rules ") +
                    join_ids(rules) + (rules.size() == 1 ? " reads it and fails" : " read it and fail") + " closed");
    }
  }
  if (!rows_file.empty() && !present.empty()) {
    const Product& p = set.mesh->products.at(product);
    for (const auto& [name, rules] : ir::rules_reading(set, product, ir::ExprKind::Column)) {
      const Column* c = p.find_column(name);
      if (!c || present.at(static_cast<size_t>(c - p.columns.data()))) continue;
      out.push_back("`" + rows_file + "` has no column `" + name + "`, so it is null in every row: " +
                    (rules.size() == 1 ? "rule " : "rules ") + join_ids(rules) + (rules.size() == 1 ? " reads it" : " read it"));
    }
  }
  return out;
}

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
  std::vector<bool> present;
  if (!args.rows_file.empty()) {
    rows = eval::rows_from_file(args.rows_file, *product, errors, &present);
  }
  if (!errors.empty()) {
    for (const auto& e : errors) err << "error: " << e << "\n";
    return kExitFailure;
  }

  size_t index = request->index;
  // Only masked values need the key: a decision without rows computes no pseudonym.
  auto key = resolve_hash_key(args.hash_key, args.rows_file.empty() ? nullptr : ir::first_keyed_rule(set, index), sources, err);
  if (!key) return kExitFailure;
  // Missing inputs are legal (the rules that read them fail closed) but never silent.
  std::vector<std::string> warnings = missing_inputs(set, index, principal, context, args.rows_file, present);
  for (const auto& w : warnings) err << "warning: " << w << "\n";
  stdlib::NativeContext natives;
  natives.hash_key = *key;
  std::unique_ptr<jit::CompiledPolicySet> compiled;
  eval::RowsDecision decision;
  if (args.engine == "jit") {
    compiled = jit::CompiledPolicySet::start(set, jit::Options{false, 2, 16, false, true, args.jit == "lazy"});
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
    if (const auto& glass = plan.break_glass; !glass.empty()) {
      j["break_glass"] = {{"rules", glass}, {"justification", justification(context)}};
    }
    nlohmann::json cols = nlohmann::json::array();
    for (const auto& c : plan.columns) {
      nlohmann::json cj = {{"name", c.name}, {"outcome", eval::to_string(c.outcome)}, {"rules", c.rules}};
      if (c.unorderable) cj["unorderable_masks"] = true;
      if (c.mask()) cj["mask"] = mask_name(c.mask());
      cj["row_dependent"] = std::any_of(c.masks.begin(), c.masks.end(), [](const eval::MaskUse& m) { return m.by_row; });
      cols.push_back(cj);
    }
    j["columns"] = cols;
    j["row_filter"] = ir::render(*plan.row_filter);
    j["row_rules"] = plan.row_rules;
    j["warnings"] = warnings;
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
                     plan.access_rules.empty() || !plan.allowed ? "" : ": " + join(plan.access_rules));  // a deny names its forbids
  if (const auto& glass = plan.break_glass; !glass.empty()) {
    out << fmt::format("          break-glass access by {}, justified as \"{}\" (the engines log every such decision)\n", join(glass),
                       printable(justification(context)));
  }
  size_t width = 6;
  for (const auto& c : plan.columns) width = std::max(width, c.name.size());
  out << "columns\n";
  for (const auto& c : plan.columns) {
    std::string outcome = eval::to_string(c.outcome);
    if (c.mask()) outcome += " with " + mask_name(c.mask());
    bool by_row = std::any_of(c.masks.begin(), c.masks.end(), [](const eval::MaskUse& m) { return m.by_row; });
    if (by_row) outcome += " (on some rows)";
    if (c.unorderable) outcome += " (masks of equal strength both hold; neither is stricter)";
    out << fmt::format("  {:<{}}  {}{}\n", c.name, width, outcome, c.rules.empty() ? "" : "    by " + join(c.rules));
  }
  if (plan.allowed) {
    out << fmt::format("rows      {}{}\n", ir::render(*plan.row_filter),
                       plan.row_rules.empty() ? "" : "    by " + join(plan.row_rules));
  }
  if (explain) {
    out << "rules\n";
    for (const auto& t : plan.trace) {
      out << fmt::format("  {} {} {} ({}:{}): {}\n", t.holds ? "holds  " : "skipped", kind_word(t.kind), t.id,
                         sources.file(t.span.file).path(), t.span.line, t.why);
      if (!t.reason.empty()) out << fmt::format("          reason: {}\n", t.reason);
      if (t.holds && t.kind == ir::RuleKind::Mask) {
        for (const auto& line : overridden(set, index, plan, t.id)) out << "          " << line << "\n";
      }
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
