// `custos diff OLD NEW`: who gains or loses access to what between two versions of a mesh.
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>

#include <nlohmann/json.hpp>

#include "access_text.h"
#include "commands.h"
#include "diff.h"

namespace custos::cli {

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

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
  j["region"] = condition_json(f.region);
  return j;
}

std::string subject(const analysis::Finding& f) {
  if (f.aspect == "access") return "table access";
  if (f.aspect == "rows") return "rows";
  return "column " + f.column;
}

size_t count(const analysis::DiffResult& r, analysis::Direction d) {
  return static_cast<size_t>(std::count_if(r.findings.begin(), r.findings.end(), [d](const analysis::Finding& f) { return f.direction == d; }));
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
    std::string region;
    condition_text(f.aspect == "access" ? "for every request" : f.aspect == "rows" ? "with table access in both, for every row" : "where the row is read in both, for every request",
                   f.region, "    ", region);
    out << region;
  }
  if (!r.unknowns.empty()) {
    out << (r.findings.empty() ? "" : "\n") << "unknown (not proven either way):\n";
    for (const auto& u : r.unknowns) out << "  " << u.product << ": " << u.reason << (u.location.empty() ? "" : " (" + u.location + ")") << "\n";
  }
  for (const auto& p : r.added) out << "added product " << p << "\n";
  for (const auto& p : r.removed) out << "removed product " << p << "\n";
  const size_t widen = count(r, analysis::Direction::Widens), narrow = count(r, analysis::Direction::Narrows),
               other = count(r, analysis::Direction::Changes);
  if (r.findings.empty() && r.unknowns.empty()) {
    out << "no change in any decision";
  } else {
    out << (r.findings.empty() ? "" : "\n") << widen << " widening, " << narrow << " narrowing, " << other << " other change"
        << (other == 1 ? "" : "s") << (r.unknowns.empty() ? "" : ", " + std::to_string(r.unknowns.size()) + " unknown");
  }
  out << " (" << r.analysed.size() << " product" << (r.analysed.size() == 1 ? "" : "s") << " analysed, " << r.unchanged.size()
      << " unchanged)\n";
}

// Text that reaches Markdown from policy files: nothing in it may become markup.
std::string md(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '\n':
      case '\r': out += ' '; break;
      case '|': case '`': case '*': case '_': case '[': case ']': case '\\': case '#': case '!':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

// A region on one line: "when ...", "always", "never", or "unknown (why)".
std::string region_text(const analysis::Condition& c) {
  switch (c.verdict) {
    case analysis::Condition::Verdict::When: return "when " + c.text;
    case analysis::Condition::Verdict::Unknown: return "unknown (" + c.unknown + ")";
    default: return analysis::to_string(c.verdict);
  }
}

std::string rules_text(const analysis::Finding& f) {
  std::string s;
  for (const auto& r : f.rules) s += (s.empty() ? "" : ", ") + r.kind + " " + r.id + (r.location.empty() ? "" : " (" + r.location + ")");
  return s;
}

// A pull-request comment: the verdict, one table row per finding, the witnesses folded away.
void print_markdown(const analysis::DiffResult& r, std::ostream& out) {
  const size_t widen = count(r, analysis::Direction::Widens);
  out << "### Custos access diff\n\n";
  if (r.findings.empty() && r.unknowns.empty()) {
    out << "No change in any decision (" << r.analysed.size() << " products analysed, " << r.unchanged.size() << " unchanged).\n";
    return;
  }
  out << (widen ? ":warning: **Access widens.** " : "") << widen << " widening, " << count(r, analysis::Direction::Narrows)
      << " narrowing, " << count(r, analysis::Direction::Changes) << " other; " << r.unknowns.size() << " unknown.\n\n";
  if (!r.findings.empty()) {
    out << "| | product | what | before | after | where (rows and columns: given both versions show the row) | rules |\n|---|---|---|---|---|---|---|\n";
    for (const auto& f : r.findings) {
      out << "| " << analysis::to_string(f.direction) << " | " << md(f.product) << " | " << md(subject(f)) << " | " << md(f.before) << " | "
          << md(f.after) << " | " << md(region_text(f.region)) << " | " << md(rules_text(f)) << " |\n";
    }
    out << "\n<details><summary>Witnesses (replayed through the interpreter)</summary>\n\n";
    for (const auto& f : r.findings) {
      out << "**" << md(f.product) << ", " << md(subject(f)) << "** (" << analysis::to_string(f.direction) << ")\n\n```\n";
      out << "principal " << f.witness.principal << "\ncontext   " << f.witness.context << "\n";
      if (!f.witness.row.empty()) out << "row       " << f.witness.row << "\n";
      out << "```\n\n";
    }
    out << "</details>\n";
  }
  if (!r.unknowns.empty()) {
    out << "\nNot proven either way:\n\n";
    for (const auto& u : r.unknowns) out << "- " << md(u.product) << ": " << md(u.reason) << (u.location.empty() ? "" : " (" + md(u.location) + ")") << "\n";
  }
}

// SARIF 2.1.0 for code scanning: one result per finding, located at the rules behind it in NEW.
void print_sarif(const analysis::DiffResult& r, std::ostream& out) {
  json rules = json::array();
  for (const char* id : {"widens", "narrows", "changes", "unknown"}) {
    rules.push_back({{"id", std::string("custos-diff/") + id}, {"shortDescription", {{"text", std::string("access ") + id}}}});
  }
  json results = json::array();
  for (const auto& f : r.findings) {
    json locations = json::array();
    for (const auto& rule : f.rules) {
      if (rule.version != "new" || rule.file.empty()) continue;
      locations.push_back({{"physicalLocation",
                            {{"artifactLocation", {{"uri", rule.file}}}, {"region", {{"startLine", rule.line}, {"startColumn", rule.col}}}}}});
    }
    std::string text = f.product + ", " + subject(f) + ": " + f.before + " -> " + f.after + " for principal " + f.witness.principal +
                       ", context " + f.witness.context + (f.witness.row.empty() ? "" : ", row " + f.witness.row) +
                       "; the same for every request " + region_text(f.region);
    const char* level = f.direction == analysis::Direction::Widens ? "error" : f.direction == analysis::Direction::Narrows ? "warning" : "note";
    json result = {{"ruleId", std::string("custos-diff/") + analysis::to_string(f.direction)}, {"level", level}, {"message", {{"text", text}}}};
    if (!locations.empty()) result["locations"] = locations;
    results.push_back(result);
  }
  for (const auto& u : r.unknowns) {
    results.push_back({{"ruleId", "custos-diff/unknown"}, {"level", "error"}, {"message", {{"text", u.product + ": " + u.reason}}}});
  }
  json doc = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({{{"tool", {{"driver", {{"name", "custos"}, {"version", CUSTOS_VERSION}, {"rules", rules}}}}},
                                     {"columnKind", "unicodeCodePoints"},
                                     {"results", results}}})}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

void print_json(const analysis::DiffResult& r, std::ostream& out) {
  json findings = json::array(), unknowns = json::array();
  for (const auto& f : r.findings) findings.push_back(finding_json(f));
  for (const auto& u : r.unknowns) unknowns.push_back({{"product", u.product}, {"reason", u.reason}, {"location", u.location}});
  json doc = {{"findings", findings}, {"unknowns", unknowns},  {"analysed", r.analysed}, {"unchanged", r.unchanged},
              {"added", r.added},     {"removed", r.removed}, {"widens", r.widens()}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}


// Runs a program (no shell: arguments are passed as they are); its exit status, or -1.
int run_program(const std::vector<std::string>& argv) {
  std::vector<char*> raw;
  for (const auto& a : argv) raw.push_back(const_cast<char*>(a.c_str()));
  raw.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawnp(&pid, raw[0], nullptr, nullptr, raw.data(), environ) != 0) return -1;
  int status = 0;
  if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

// The folder `path` as committed at `rev`, extracted under a fresh temporary directory; the
// extracted path, or nullopt after telling `err` why.
std::optional<std::string> checkout_at(const std::string& path, const std::string& rev, const fs::path& tmp, std::ostream& err) {
  if (rev.empty() || rev[0] == '-') {
    err << "error: --base `" << rev << "` is not a revision\n";
    return std::nullopt;
  }
  std::error_code ec;
  const fs::path dir = fs::is_directory(path, ec) ? fs::path(path) : fs::path(path).parent_path();
  const fs::path abs = fs::weakly_canonical(fs::absolute(dir.empty() ? fs::path(".") : dir), ec);
  // The repository's top level, found by walking up to the folder holding `.git`.
  fs::path top = abs;
  while (!top.empty() && !fs::exists(top / ".git", ec)) {
    if (top == top.root_path()) {
      err << "error: --base needs `" << path << "` inside a git repository\n";
      return std::nullopt;
    }
    top = top.parent_path();
  }
  const fs::path relative = fs::relative(abs, top, ec);
  fs::create_directories(tmp, ec);
  const std::string tar = (tmp / "base.tar").string();
  if (run_program({"git", "-C", top.string(), "archive", "--format=tar", "-o", tar, rev, "--", relative.empty() ? "." : relative.string()}) != 0) {
    err << "error: git could not read `" << relative.string() << "` at revision `" << rev << "` (does the revision exist, and the folder in it?)\n";
    return std::nullopt;
  }
  if (run_program({"tar", "-xf", tar, "-C", tmp.string()}) != 0) {
    err << "error: cannot extract revision `" << rev << "` into " << tmp.string() << "\n";
    return std::nullopt;
  }
  return (tmp / relative).string();
}

}  // namespace

int run_diff(const DiffArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  if (args.base.empty() != (args.paths.size() == 2)) {
    err << "error: give two meshes (OLD NEW), or one with --base REV\n" << "run `custos diff --help` for its options\n";
    return kExitUsage;
  }
  // With --base, OLD is extracted into a temporary folder removed on every way out.
  struct Cleanup {
    fs::path dir;
    ~Cleanup() {
      std::error_code ec;
      if (!dir.empty()) fs::remove_all(dir, ec);
    }
  } cleanup;
  std::string old_path = args.paths[0], new_path = args.paths.back();
  if (!args.base.empty()) {
    char tmpl[] = "/tmp/custos-diff-base-XXXXXX";
    if (!mkdtemp(tmpl)) {
      err << "error: cannot make a temporary folder\n";
      return kExitFailure;
    }
    cleanup.dir = tmpl;
    auto extracted = checkout_at(args.paths[0], args.base, cleanup.dir, err);
    if (!extracted) return kExitUsage;
    old_path = *extracted;
  }
  CheckInputs old_in = args.inputs, new_in = args.inputs;
  old_in.paths = {old_path};
  new_in.paths = {new_path};
  auto old_set = load_policies(old_in, "diffs", err, term);
  if (!old_set) return kExitUsage;
  auto new_set = load_policies(new_in, "diffs", err, term);
  if (!new_set) return kExitUsage;
  analysis::DiffOptions opt;
  opt.old_sources = &old_set->sources;
  opt.new_sources = &new_set->sources;
  opt.timeout_ms = args.timeout_ms;
  analysis::DiffResult r = analysis::diff(*old_set->set, *new_set->set, opt);
  // Locations in the extracted revision read as REV:path.
  if (!args.base.empty()) {
    const std::string prefix = (cleanup.dir / "").string();
    auto relocate = [&](std::string& text) {
      if (text.rfind(prefix, 0) == 0) text = args.base + ":" + text.substr(prefix.size());
    };
    std::function<void(analysis::ConditionNode&)> relocate_tree = [&](analysis::ConditionNode& n) {
      if (n.rule) relocate(n.rule->location);
      for (auto& k : n.kids) relocate_tree(k);
    };
    for (auto& f : r.findings) {
      for (auto& rule : f.rules) {
        relocate(rule.location);
        relocate(rule.file);
      }
      for (auto& link : f.region.rules) relocate(link.location);
      relocate_tree(f.region.tree);
    }
  }
  if (args.format == "json") {
    print_json(r, out);
  } else if (args.format == "markdown") {
    print_markdown(r, out);
  } else if (args.format == "sarif") {
    print_sarif(r, out);
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
