// `custos diff`: golden files on the example mesh (tests/golden/diff/*.test: edits applied to a
// copy, then the command and its expected output), and random policy pairs over the golden mesh
// whose findings must replay and whose "no difference" must survive random requests and rows.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "cli.h"
#include "diff.h"
#include "replay.h"
#include "support/env.h"
#include "support/golden.h"
#include "support/golden_mesh.h"
#include "support/random_policy.h"

using namespace custos;
namespace fs = std::filesystem;

namespace {

void write_text(const fs::path& p, const std::string& text) {
  std::ofstream f(p, std::ios::binary | std::ios::trunc);
  f << text;
}

// Applies `edit FILE` blocks: lines `- OLD` then `+ NEW` (each possibly several lines) replace the
// exact text OLD (its first occurrence) in FILE with NEW.
void apply_edits(const std::string& input, const fs::path& mesh) {
  std::istringstream in(input);
  std::string line, file, removed, added;
  bool any_removed = false, any_added = false;
  auto flush = [&] {
    if (!any_removed) return;
    std::string text = testing::read_text((mesh / file).string());
    size_t at = text.find(removed);
    INFO("edit of " << file << ": `" << removed << "` not found");
    REQUIRE(at != std::string::npos);
    text.replace(at, removed.size(), added);
    write_text(mesh / file, text);
    removed.clear();
    added.clear();
    any_removed = any_added = false;
  };
  while (std::getline(in, line)) {
    const bool minus = line.rfind("- ", 0) == 0, plus = line.rfind("+ ", 0) == 0;
    if (!plus && any_added) flush();
    if (minus) {
      removed += (any_removed ? "\n" : "") + line.substr(2);
      any_removed = true;
    } else if (plus) {
      added += (any_added ? "\n" : "") + line.substr(2);
      any_added = true;
    } else if (line.rfind("edit ", 0) == 0) {
      flush();
      file = line.substr(5);
    }
  }
  flush();
}

}  // namespace

TEST_CASE("diff golden files", "[golden][analysis]") {
  const std::string root = CUSTOS_GOLDEN_DIR;
  const fs::path work = fs::temp_directory_path() / ("custos-diff-golden-" + std::to_string(::getpid()));
  for (const auto& path : testing::list_files(root + "/diff", ".test")) {
    auto g = testing::read_golden(path, root);
    DYNAMIC_SECTION(g.relative) {
      fs::remove_all(work);
      fs::create_directories(work);
      fs::copy(fs::path(CUSTOS_SOURCE_DIR) / "policies/examples", work / "old", fs::copy_options::recursive);
      fs::copy(work / "old", work / "new", fs::copy_options::recursive);
      apply_edits(g.input, work / "new");
      std::string command = g.input.substr(0, g.input.find('\n'));
      auto args = testing::split_args(command);
      REQUIRE(args.size() >= 2);
      REQUIRE(args[0] == "custos");
      args.erase(args.begin());
      const fs::path before = fs::current_path();
      fs::current_path(work);
      std::ostringstream out, err;
      int code = cli::run(args, out, err);
      fs::current_path(before);
      std::string actual = "exit " + std::to_string(code) + "\n--- stdout\n" + out.str() + "--- stderr\n" + err.str();
      std::string diff;
      bool same = testing::check_golden(g, actual, diff);
      INFO(diff);
      CHECK(same);
    }
  }
  fs::remove_all(work);
}

namespace {

// One small change of a generated policy: a threshold moved, a rule removed, a permit turned
// into a forbid, a mask swapped, a `when` or `unless` dropped.
std::string mutate(const std::string& policy, std::mt19937_64& rng) {
  std::vector<std::string> lines;
  std::istringstream in(policy);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::vector<size_t> rules;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind("@id(\"r", 0) == 0) rules.push_back(i);
  }
  if (rules.empty()) return policy;
  std::string& l = lines[rules[rng() % rules.size()]];
  switch (rng() % 5) {
    case 0: {
      std::vector<size_t> digits;
      for (size_t i = l.find(')') + 1; i < l.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(l[i]))) digits.push_back(i);
      }
      if (!digits.empty()) l[digits[rng() % digits.size()]] = static_cast<char>('0' + rng() % 6);
      break;
    }
    case 1: l.clear(); break;
    case 2:
      if (auto at = l.find("permit select"); at != std::string::npos) l.replace(at, 6, "forbid");
      else if (auto f = l.find("forbid select"); f != std::string::npos) l.replace(f, 6, "permit");
      break;
    case 3:
      for (auto [from, to] : std::vector<std::pair<std::string, std::string>>{{"m.redact", "m.email_domain"}, {"m.hash", "m.show_last(2)"},
                                                                             {"m.nullify", "m.redact"}, {"m.year_only", "m.nullify"}}) {
        if (auto at = l.find(from); at != std::string::npos) {
          l.replace(at, from.size(), to);
          break;
        }
      }
      break;
    default: {
      const char* word = rng() % 2 ? " when " : " unless ";
      auto at = l.find(word);
      if (at == std::string::npos) break;
      size_t end = l.size() - 1;  // the `;`
      for (const char* next : {" unless ", " rows where "}) {
        auto n = l.find(next, at + 1);
        if (n != std::string::npos && n < end) end = n;
      }
      l.erase(at, end - at);
      break;
    }
  }
  std::string out;
  for (const auto& x : lines) out += x + "\n";
  return out;
}

using Difference = std::tuple<std::string, std::string, analysis::Direction>;  // aspect, column, direction

// The differences the interpreter shows between two versions on one request and row.
std::set<Difference> differences(const analysis::Observed& a, const analysis::Observed& b) {
  std::set<Difference> d;
  using analysis::Direction;
  if (a.allowed != b.allowed) d.insert({"access", "", b.allowed ? Direction::Widens : Direction::Narrows});
  if (!a.allowed || !b.allowed) return d;
  if (a.visible != b.visible) d.insert({"rows", "", b.visible ? Direction::Widens : Direction::Narrows});
  if (!a.visible || !b.visible) return d;
  for (const auto& c : b.columns) {
    const analysis::ColumnSeen* o = a.column(c.name);
    if (!o) continue;
    if (c.level != o->level) d.insert({"column", c.name, c.level < o->level ? Direction::Widens : Direction::Narrows});
    else if (c.shown != o->shown) d.insert({"column", c.name, Direction::Changes});
  }
  return d;
}

}  // namespace

TEST_CASE("diff of random policy pairs: witnesses replay and nothing is missed", "[analysis]") {
  testing::GoldenMesh golden;
  const size_t product = golden.index("sales.orders");
  const int pairs = static_cast<int>(testing::env_number("CUSTOS_DIFF_PAIRS", 28));
  const int samples = 400;
  const int regions_every = static_cast<int>(testing::env_number("CUSTOS_DIFF_REGIONS_EVERY", 8));
  std::mt19937_64 rng(20261203);
  int with_findings = 0, without = 0, unknown = 0;
  for (int n = 0; n < pairs; ++n) {
    testing::RandomPolicies gen(static_cast<uint64_t>(n) * 7919 + 1);
    const std::string a = gen.policy(5);
    std::string b = n % 4 == 3 ? gen.policy(5) : mutate(a, rng);
    ir::PolicySet old_set, new_set;
    try {
      old_set = testing::lower_policy(*golden.mesh, a);
      new_set = testing::lower_policy(*golden.mesh, b);
    } catch (const std::runtime_error&) {
      continue;  // a mutation that does not check (two masks now conflict): not a pair
    }
    // Every eighth pair also proves each finding's region (exact, then simplified briefly): the
    // proof that it equals the solver's question is what is checked.
    analysis::DiffOptions opt;
    opt.regions = regions_every > 0 && n % regions_every == 0;
    opt.region_ms = 300;
    const analysis::DiffResult r = analysis::diff(old_set, new_set, opt);
    INFO("old policy:\n" << a << "new policy:\n" << b);
    for (const auto& u : r.unknowns) {
      INFO(u.reason);
      CHECK(u.reason.find("internal") == std::string::npos);
      // The only construct the generator uses that has no exact encoding.
      CHECK(u.reason.find("strings.lower") != std::string::npos);
    }
    if (!r.unknowns.empty()) {
      ++unknown;
      continue;
    }
    std::set<Difference> reported;
    for (const auto& f : r.findings) {
      reported.insert({f.aspect, f.column, f.direction});
      if (opt.regions) CHECK((f.region.verdict != analysis::Condition::Verdict::Unknown || !f.region.unknown.empty()));
    }
    (reported.empty() ? without : with_findings)++;
    for (int s = 0; s < samples; ++s) {
      eval::Attributes p = gen.principal(), c = gen.context();
      auto rows = gen.rows(1);
      const eval::Row* row = rows.empty() ? nullptr : &rows.front();
      auto before = analysis::observe(old_set, product, p, c, row);
      auto after = analysis::observe(new_set, product, p, c, row);
      for (const auto& d : differences(before, after)) {
        INFO("the interpreter differs on " << std::get<0>(d) << " " << std::get<1>(d) << " (" << analysis::to_string(std::get<2>(d))
                                           << ") but diff did not report it");
        CHECK(reported.count(d) == 1);
      }
    }
  }
  INFO(with_findings << " pairs with findings, " << without << " without, " << unknown << " unknown");
  CHECK(with_findings > pairs / 4);
  CHECK(without > pairs / 20);
}
