// `custos diff OLD NEW`: who gains or loses access to what between two versions of a mesh.
#include <ostream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "diff.h"

namespace custos::cli {

namespace {

using nlohmann::json;

json finding_json(const analysis::Finding& f) {
  json rules = json::array();
  for (const auto& r : f.rules) {
    rules.push_back({{"id", r.id}, {"kind", r.kind}, {"location", r.location}, {"version", r.version}, {"holds", r.holds}, {"changed", r.changed}});
  }
  json witness = {{"principal", json::parse(f.witness.principal)}, {"context", json::parse(f.witness.context)}};
  if (!f.witness.row.empty()) witness["row"] = json::parse(f.witness.row);
  json j = {{"product", f.product}, {"aspect", f.aspect}, {"direction", analysis::to_string(f.direction)},
            {"before", f.before},   {"after", f.after},   {"witness", witness},
            {"rules", rules}};
  if (!f.column.empty()) j["column"] = f.column;
  return j;
}

std::string subject(const analysis::Finding& f) {
  if (f.aspect == "access") return "table access";
  if (f.aspect == "rows") return "rows";
  return "column " + f.column;
}

void print_human(const analysis::DiffResult& r, std::ostream& out) {
  std::string product;
  for (const auto& f : r.findings) {
    if (f.product != product) out << (product.empty() ? "" : "\n") << f.product << "\n";
    product = f.product;
    out << "  " << analysis::to_string(f.direction) << ": " << subject(f) << ": " << f.before << " -> " << f.after << "\n";
    out << "    principal " << f.witness.principal << "\n";
    out << "    context   " << f.witness.context << "\n";
    if (!f.witness.row.empty()) out << "    row       " << f.witness.row << "\n";
    for (const auto& rule : f.rules) {
      const char* what = rule.version == "old" ? "applied before, not now"
                         : rule.changed    ? (rule.holds ? "changed, holds" : "changed, no longer holds")
                         : rule.holds      ? "holds now"
                                           : "no longer holds";
      out << "    " << what << ": " << rule.kind << " " << rule.id << (rule.location.empty() ? "" : " (" + rule.location + ")") << "\n";
    }
  }
  if (!r.unknowns.empty()) {
    out << (r.findings.empty() ? "" : "\n") << "unknown (not proven either way):\n";
    for (const auto& u : r.unknowns) out << "  " << u.product << ": " << u.reason << (u.location.empty() ? "" : " (" + u.location + ")") << "\n";
  }
  for (const auto& p : r.added) out << "added product " << p << "\n";
  for (const auto& p : r.removed) out << "removed product " << p << "\n";
  size_t widen = 0, narrow = 0, other = 0;
  for (const auto& f : r.findings) (f.direction == analysis::Direction::Widens ? widen : f.direction == analysis::Direction::Narrows ? narrow : other)++;
  if (r.findings.empty() && r.unknowns.empty()) {
    out << "no change in any decision";
  } else {
    out << (r.findings.empty() ? "" : "\n") << widen << " widening, " << narrow << " narrowing, " << other << " other change"
        << (other == 1 ? "" : "s") << (r.unknowns.empty() ? "" : ", " + std::to_string(r.unknowns.size()) + " unknown");
  }
  out << " (" << r.analysed.size() << " product" << (r.analysed.size() == 1 ? "" : "s") << " analysed, " << r.unchanged.size()
      << " unchanged)\n";
}

void print_json(const analysis::DiffResult& r, std::ostream& out) {
  json findings = json::array(), unknowns = json::array();
  for (const auto& f : r.findings) findings.push_back(finding_json(f));
  for (const auto& u : r.unknowns) unknowns.push_back({{"product", u.product}, {"reason", u.reason}, {"location", u.location}});
  json doc = {{"findings", findings}, {"unknowns", unknowns},  {"analysed", r.analysed}, {"unchanged", r.unchanged},
              {"added", r.added},     {"removed", r.removed}, {"widens", r.widens()}};
  out << doc.dump(2) << "\n";
}

}  // namespace

int run_diff(const DiffArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  CheckInputs old_in = args.inputs, new_in = args.inputs;
  old_in.paths = {args.old_path};
  new_in.paths = {args.new_path};
  auto old_set = load_policies(old_in, "compares", err, term);
  if (!old_set) return kExitUsage;
  auto new_set = load_policies(new_in, "compares", err, term);
  if (!new_set) return kExitUsage;
  analysis::DiffOptions opt;
  opt.old_sources = &old_set->sources;
  opt.new_sources = &new_set->sources;
  opt.timeout_ms = args.timeout_ms;
  const analysis::DiffResult r = analysis::diff(*old_set->set, *new_set->set, opt);
  if (args.format == "json") {
    print_json(r, out);
  } else {
    print_human(r, out);
  }
  // An unknown may hide a widening: it fails like one.
  const bool widens = r.widens() || !r.unknowns.empty();
  if (args.fail_on == "widen") return widens ? kExitFailure : kExitOk;
  if (args.fail_on == "any") return widens || !r.findings.empty() || !r.added.empty() || !r.removed.empty() ? kExitFailure : kExitOk;
  return kExitOk;
}

}  // namespace custos::cli
