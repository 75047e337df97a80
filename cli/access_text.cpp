// The access review as indented text: each condition as nested "any of / all of / none of"
// lists, each part followed by the rule it comes from.
#include "access_text.h"

#include <nlohmann/json.hpp>

namespace custos::cli {

namespace {

using analysis::Condition;
using analysis::ConditionNode;

std::string rule_note(const ConditionNode& n) {
  if (!n.rule) return "";
  const auto& r = *n.rule;
  return "    # " + (r.version.empty() ? "" : r.version + " ") + r.kind + " " + r.id + (r.location.empty() ? "" : " (" + r.location + ")");
}

// The rules behind a condition that always or never holds.
std::string rules_note(const Condition& c) {
  if (c.rules.empty()) return "";
  if (c.rules.size() == 1) {
    const auto& r = c.rules[0];
    return "    # " + r.kind + " " + r.id + (r.location.empty() ? "" : " (" + r.location + ")");
  }
  std::string ids;
  for (const auto& r : c.rules) ids += (ids.empty() ? "" : ", ") + r.id;
  return "    # by " + ids;
}

void node_text(const ConditionNode& n, const std::string& indent, std::string& out) {
  if (n.op == ConditionNode::Op::Leaf) {
    out += indent + "- " + n.text + rule_note(n) + "\n";
    return;
  }
  out += indent + "- " + analysis::to_string(n.op) + ":" + rule_note(n) + "\n";
  for (const auto& k : n.kids) node_text(k, indent + "  ", out);
}

}  // namespace

// "<head> when <condition>", the condition on the same line when it is one part.
void condition_text(const std::string& head, const Condition& c, const std::string& indent, std::string& out) {
  switch (c.verdict) {
    case Condition::Verdict::Never: out += indent + head + ": never" + rules_note(c) + "\n"; return;
    case Condition::Verdict::Always: out += indent + head + ": always" + rules_note(c) + "\n"; return;
    case Condition::Verdict::Unknown: out += indent + head + ": unknown (" + c.unknown + ")\n"; return;
    case Condition::Verdict::When: break;
  }
  if (c.tree.op == ConditionNode::Op::Leaf) {
    out += indent + head + " when " + c.tree.text + rule_note(c.tree) + "\n";
    return;
  }
  out += indent + head + " when " + analysis::to_string(c.tree.op) + ":" + rule_note(c.tree) + "\n";
  for (const auto& k : c.tree.kids) node_text(k, indent + "  ", out);
}

namespace {

bool unknown(const Condition& c) { return c.verdict == Condition::Verdict::Unknown; }

}  // namespace

namespace {

using nlohmann::json;

json link_json(const analysis::RuleLink& r) {
  json j = {{"id", r.id}, {"kind", r.kind}, {"location", r.location}};
  if (!r.version.empty()) j["version"] = r.version;
  return j;
}

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

}  // namespace

nlohmann::json condition_json(const analysis::Condition& c) {
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

nlohmann::json access_json(const analysis::ProductAccess& p) {
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


bool access_unknown(const analysis::ProductAccess& a) {
  if (unknown(a.readable) || (a.rows && unknown(*a.rows))) return true;
  for (const auto& c : a.columns) {
    if (unknown(c.clear) || unknown(c.denied)) return true;
    for (const auto& m : c.masked) {
      if (unknown(m.when)) return true;
    }
  }
  return false;
}

std::string access_text(const analysis::ProductAccess& a, const Product& product, bool every_governed_column) {
  std::string out = a.product + "\n";
  condition_text("readable", a.readable, "  ", out);
  if (a.readable.verdict == Condition::Verdict::Never) return out + "  (no principal reads a row or a column of it)\n";
  if (a.rows) condition_text("rows visible (with table access)", *a.rows, "  ", out);
  if (!a.columns.empty()) out += "  columns (with table access):\n";
  for (const auto& c : a.columns) {
    std::string tags;
    for (const auto& t : c.tags) tags += (tags.empty() ? "" : ", ") + t;
    if (c.sensitive) tags += tags.empty() ? "sensitive" : "; sensitive";
    out += "    " + c.name + (tags.empty() ? "" : " [" + tags + "]") + "\n";
    if (!c.has_rules) {  // exactly where the table is readable, whether or not that was decided
      out += "      no mask or deny governs it: clear wherever the table is readable\n";
      continue;
    }
    condition_text("clear", c.clear, "      ", out);
    for (const auto& m : c.masked) condition_text("masked with " + m.mask, m.when, "      ", out);
    condition_text("denied", c.denied, "      ", out);
  }
  size_t others = product.columns.size() - a.columns.size();
  if (every_governed_column && others > 0) {
    out += "  the other " + std::to_string(others) + " column" + (others == 1 ? "" : "s") +
           " are clear wherever a row is readable (no mask or deny governs them)\n";
  }
  if (out.find("(or unknown)") != std::string::npos) {
    out += "  (or unknown): also when the expression is null or cannot be evaluated (a missing attribute, an overflow);\n"
           "  a restriction applies then (fail closed)\n";
  }
  return out;
}

}  // namespace custos::cli
