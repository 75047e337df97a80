// Checking a whole mesh: every file, then the mesh-wide rules (unique ids, mask conflicts).
#include <map>
#include <set>
#include <tuple>

#include "ast/ast_dump.h"
#include "check/check.h"
#include "check/file_checker.h"

namespace custos::check {

namespace {

void check_unique_ids(const std::vector<ast::File>& files, Diagnostics& diags) {
  std::map<std::string, Span> seen;
  auto visit = [&](const std::vector<ast::Annotation>& anns) {
    const ast::Annotation* id = ast::find_annotation(anns, "id");
    if (!id || !id->value) return;
    auto [it, inserted] = seen.emplace(*id->value, id->span);
    if (!inserted) {
      diags.report(DiagCode::E0415, id->span, "rule id `" + *id->value + "` is used twice").label(it->second, "first used here");
    }
  };
  for (const auto& f : files) {
    for (const auto& r : f.rules) visit(r.annotations);
    for (const auto& a : f.assertions) visit(a.annotations);
    for (const auto& l : f.lets) visit(l.annotations);
  }
}

std::string condition_key(const std::vector<ir::ExprPtr>& list, const ast::File* file, const ast::Rule* rule,
                          ast::ClauseKind kind) {
  std::string key;
  if (!rule) return key;
  for (const auto& c : rule->clauses) {
    if (c.kind == kind) key += ast::dump(*c.condition) + ";";
  }
  (void)list;
  (void)file;
  return key;
}

void check_mask_conflicts(const Mesh& mesh, const std::vector<ir::Rule>& rules,
                          const std::vector<const ast::Rule*>& sources, Diagnostics& diags) {
  std::map<std::pair<size_t, std::string>, std::vector<size_t>> by_column;
  for (size_t i = 0; i < rules.size(); ++i) {
    if (rules[i].kind != ir::RuleKind::Mask || !rules[i].mask) continue;
    for (const auto& t : rules[i].targets) {
      for (const auto& c : t.columns) by_column[{t.product, c}].push_back(i);
    }
  }
  std::set<std::pair<size_t, size_t>> reported;
  for (const auto& [col, list] : by_column) {
    for (size_t x = 0; x < list.size(); ++x) {
      for (size_t y = x + 1; y < list.size(); ++y) {
        const auto& a = rules[list[x]];
        const auto& b = rules[list[y]];
        if (!ir::masks_unorderable(a, b) || reported.count({list[x], list[y]})) continue;
        // Exclusive when one applies `when C` and the other `unless C` for the same C.
        std::string a_when = condition_key(a.when, nullptr, sources[list[x]], ast::ClauseKind::When);
        std::string a_unless = condition_key(a.unless, nullptr, sources[list[x]], ast::ClauseKind::Unless);
        std::string b_when = condition_key(b.when, nullptr, sources[list[y]], ast::ClauseKind::When);
        std::string b_unless = condition_key(b.unless, nullptr, sources[list[y]], ast::ClauseKind::Unless);
        bool exclusive = (!a_when.empty() && a_when == b_unless) || (!a_unless.empty() && a_unless == b_when);
        if (exclusive) {
          // Restrictions hold unless disproven: where C is unknown or an error, both hold.
          reported.insert({list[x], list[y]});
          const Product& p = mesh.products[col.first];
          diags.report(DiagCode::W0406, b.span,
                       "masks `" + std::string(b.mask->name) + "` and `" + std::string(a.mask->name) + "` on `" + p.qualified() +
                           "." + col.second + "` both hold when their shared condition is unknown or an error")
              .label(a.span, "the other mask rule")
              .note("masks hold unless disproven (fail closed); when both hold and neither is stricter, the column is denied")
              .with_help("make sure the condition is always known (a required attribute, `is null` tested), or add a stricter mask for that case");
          continue;
        }
        reported.insert({list[x], list[y]});
        const Product& p = mesh.products[col.first];
        diags.report(DiagCode::E0414, b.span,
                     "masks `" + std::string(b.mask->name) + "` and `" + std::string(a.mask->name) + "` can both apply to `" +
                         p.qualified() + "." + col.second + "`, and neither is stricter")
            .label(a.span, "the other mask rule")
            .note("masks of equal strength cannot be ordered: Custos will not pick one silently")
            .with_help("make the conditions exclusive (`when C` on one, `unless C` on the other), or use a stricter mask");
      }
    }
  }
}

}  // namespace

sema::Program check_program(const Mesh& mesh, const std::vector<ast::File>& files, const SourceMap& sources,
                            Diagnostics& diags, const CheckLimits& limits) {
  sema::Program program;
  program.mesh = &mesh;
  size_t total = 0;
  for (const auto& f : files) {
    if (total + f.rules.size() > limits.max_rules) {
      const ast::Rule& past = f.rules[limits.max_rules - total];
      diags.report(DiagCode::E0209, past.keyword_span,
                   "the mesh has more than " + std::to_string(limits.max_rules) + " rules; this one is past the limit")
          .note("nothing was checked")
          .with_help("govern by tag instead of rule by rule, or raise the limit with --max-rules");
      return program;
    }
    total += f.rules.size();
  }
  std::vector<const ast::Rule*> rule_sources;
  Diagnostics local;
  for (const auto& f : files) {
    if (!f.header) continue;
    FileChecker fc(mesh, f, local);
    fc.check_header();
    fc.check_imports();
    fc.check_lets();
    for (const auto& r : f.rules) {
      for (auto& bound : fc.rule(r)) {
        program.rules.push_back(std::move(bound));
        rule_sources.push_back(&r);
      }
    }
    for (const auto& a : f.assertions) {
      for (auto& bound : fc.assertion(a)) program.assertions.push_back(std::move(bound));
    }
    for (const auto& t : f.tests) fc.check_test(t);
    fc.report_unused();
  }
  check_unique_ids(files, local);
  check_mask_conflicts(mesh, program.rules, rule_sources, local);
  // A `let` is checked where it is used: report each problem inside it once.
  std::set<std::tuple<uint32_t, uint32_t, uint32_t, int, std::string>> seen;
  for (const auto& d : local.all()) {
    if (!seen.emplace(d.span.file, d.span.line, d.span.col, static_cast<int>(d.code), d.message).second) continue;
    Diagnostic& copy = diags.report(d.code, d.span, d.message);
    copy = d;
  }
  (void)sources;
  return program;
}

}  // namespace custos::check
