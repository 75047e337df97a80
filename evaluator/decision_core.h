// The decision semantics of docs/semantics.md, written once: from the state of each rule after
// stage 1 (does it hold; for a mask with `rows where`, can it apply on some rows) to table access,
// the rules that shape the row filter, and each column's outcome and masks. The interpreter's
// plans, the JIT's plan assembly and the PostgreSQL deployment all take their decisions from here;
// none re-derives them.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "ir/policy_set.h"

namespace custos::eval {

enum class ColumnOutcome : uint8_t { Clear, Masked, Denied };
const char* to_string(ColumnOutcome o);

// Where a rule's `rows where` applies, once the principal and context are folded in.
enum class RowsShape : uint8_t {
  None,    // the rule has no `rows where`
  Never,   // false on every row
  Always,  // true, unknown or an error without reading a row: applies everywhere (fail closed)
  ByRow,   // depends on the row
};

// A rule's state, indexed like ir::rules_in_order.
struct RuleState {
  bool holds = false;
  RowsShape rows = RowsShape::None;
};

struct MaskPick {
  size_t rule = 0;      // position in ir::rules_in_order
  bool by_row = false;  // applies only on rows where its `rows where` is not false
};

struct ColumnChoice {
  size_t index = 0;  // the product column
  ColumnOutcome outcome = ColumnOutcome::Clear;
  std::vector<size_t> rules;    // the denies, the masks, or the masks that cannot be ordered
  std::vector<MaskPick> masks;  // strongest first; the first that applies on a row masks it
  bool unorderable = false;     // denied because masks of equal strength that differ both hold
};

struct CoreDecision {
  bool allowed = false;
  std::vector<size_t> permits;    // holding permits
  std::vector<size_t> break_glass;  // holding @break_glass permits (one per rule id) when access is allowed: each use is recorded
  std::vector<size_t> blockers;   // holding forbids without `rows where`
  std::vector<size_t> grants;     // holding permits (their `rows where`, if any, is a grant)
  std::vector<size_t> hides;      // holding forbids with `rows where`
  std::vector<size_t> row_rules;  // holding permits and forbids whose `rows where` shapes the filter
  std::vector<ColumnChoice> columns;  // one per wanted column, in the order asked
};

// Which rules decide table access (positions in ir::rules_in_order): permits, and forbids without
// `rows where` (blockers).
struct AccessParts {
  std::vector<size_t> permits, blockers;
  std::vector<size_t> break_glass;  // the permits marked @break_glass (a subset of `permits`)
};
AccessParts access_parts(const ir::ProductRules& rules);

// The rules that shape the row filter: every permit (its rows are granted; without `rows where`,
// all of them) and every forbid with `rows where` (its rows are hidden).
struct FilterPart {
  size_t rule = 0;  // position in ir::rules_in_order
  bool grant = false;
};
std::vector<FilterPart> filter_parts(const ir::ProductRules& rules);

// The rules on one column: denies, the mask pairs that cannot be ordered (when both hold, the
// column is denied), and the masks.
struct ColumnRules {
  std::vector<size_t> denies;
  std::vector<std::pair<size_t, size_t>> unorderable;
  std::vector<size_t> masks;
};
// `order` is the product's ir::rules_in_order, computed once by the caller (these run per column).
ColumnRules column_rules(const std::vector<const ir::RuleRef*>& order, const std::string& column);

// `masks` in the order in which the first that applies masks a value: strictest first; at equal
// strength one that applies on every row before one that depends on the row (`by_row(i)`); then
// source order.
template <class ByRow>
std::vector<size_t> mask_order(const std::vector<const ir::RuleRef*>& order, std::vector<size_t> masks, ByRow by_row);

// The compositions, written once over a backend's own conditions (`Cond`: an IR residual, LLVM
// values, SQL text, booleans). `holds(i)` says whether rule i holds (two-valued); `any`, `all` and
// `negate` are the backend's connectives (three-valued where their operands are); `any` of nothing
// is false and `all` of nothing is true.
//
// When a rule holds (stage 1): a permit only when proven, every `when` true and every `unless`
// false; a restriction (forbid, mask, deny) unless disproven, some `when` false or some `unless`
// true, so an unknown or an error makes it apply (fail closed). `is(cond, want)` is the backend's
// two-valued test "this condition is certainly `want`" (never null, never an error).
template <class Cond, class Is, class Any, class All, class Negate>
Cond compose_rule_holds(const ir::Rule& rule, Is is, Any any, All all, Negate negate);
// Table access: some permit holds and no blocker does.
template <class Cond, class Holds, class Any, class All, class Negate>
Cond compose_access(const AccessParts& parts, Holds holds, Any any, All all, Negate negate);
// The row filter, given access: (G1 or ... or Gn) and not (H1 or ... or Hm), a row being visible
// only where it is true; `term(part)` is the part's rows where its rule holds, false where not.
template <class Cond, class Term, class Any, class All, class Negate>
Cond compose_row_filter(const std::vector<FilterPart>& parts, Term term, Any any, All all, Negate negate);
// When a column is denied: some deny holds, or both masks of an unorderable pair do.
template <class Cond, class Holds, class Any, class All>
Cond compose_column_denied(const ColumnRules& column, Holds holds, Any any, All all);
// Which mask masks a value that is not denied: the first of `ordered` (mask_order) that applies
// (`applies(i)`: it holds, and its `rows where` is not false on the row). `chosen(i, cond)` is
// told, for each mask, where it is the one that masks; returns where none applies (clear). For
// backends that decide over conditions; the interpreter takes the first that applies on a row.
template <class Cond, class Applies, class Any, class All, class Negate, class Chosen>
Cond compose_mask_choice(const std::vector<size_t>& ordered, Applies applies, Any any, All all, Negate negate, Chosen chosen);

// The decision for `product` given each rule's state, for the `wanted` columns of the product.
// Access needs a holding permit and no holding table-level forbid. A column is denied when access
// is, when a deny holds, or when two holding masks cannot be ordered (equal strength, different
// function or arguments): never a silent pick. Otherwise the strictest applicable mask masks it.
CoreDecision decide(const ir::ProductRules& rules, const std::vector<RuleState>& states,
                    const std::vector<const Column*>& wanted, const Product& product);

// Whether a mask or deny rule targets the column `name` of the product it was indexed under.
bool rule_targets(const ir::RuleRef& ref, const std::string& name);

// The words every engine uses for a denied table: "permitted by N rules", "forbidden by r1 (and
// no permit holds)", "no permit holds (default deny)".
std::string access_why(bool allowed, size_t permits_holding, const std::vector<std::string>& blockers);
// Its words, for a backend that assembles the reason where it runs (the PostgreSQL deployment).
struct AccessWords {
  static constexpr const char* default_deny = "no permit holds (default deny)";
  static constexpr const char* forbidden_by = "forbidden by ";
  static constexpr const char* separator = ", ";
  static constexpr const char* and_no_permit = " (and no permit holds)";
};

template <class ByRow>
std::vector<size_t> mask_order(const std::vector<const ir::RuleRef*>& order, std::vector<size_t> masks, ByRow by_row) {
  auto strength = [&](size_t i) { return order.at(i)->rule->mask->strength; };
  std::stable_sort(masks.begin(), masks.end(), [&](size_t a, size_t b) {
    if (strength(a) != strength(b)) return strength(a) > strength(b);
    return !by_row(a) && by_row(b);
  });
  return masks;
}

template <class Cond, class Is, class Any, class All, class Negate>
Cond compose_rule_holds(const ir::Rule& rule, Is is, Any any, All all, Negate negate) {
  const bool permit = rule.kind == ir::RuleKind::Permit;
  // A permit needs each `when` true and each `unless` false; a restriction is disproven by a
  // `when` that is false or an `unless` that is true.
  std::vector<Cond> tests;
  for (const auto& w : rule.when) tests.push_back(is(*w, permit));
  for (const auto& u : rule.unless) tests.push_back(is(*u, !permit));
  return permit ? all(std::move(tests)) : negate(any(std::move(tests)));
}

template <class Cond, class Holds, class Any, class All, class Negate>
Cond compose_access(const AccessParts& parts, Holds holds, Any any, All all, Negate negate) {
  std::vector<Cond> permits, blockers;
  for (size_t i : parts.permits) permits.push_back(holds(i));
  for (size_t i : parts.blockers) blockers.push_back(holds(i));
  std::vector<Cond> both;
  both.push_back(any(std::move(permits)));
  both.push_back(negate(any(std::move(blockers))));
  return all(std::move(both));
}

template <class Cond, class Term, class Any, class All, class Negate>
Cond compose_row_filter(const std::vector<FilterPart>& parts, Term term, Any any, All all, Negate negate) {
  std::vector<Cond> grants, hides;
  for (const FilterPart& p : parts) (p.grant ? grants : hides).push_back(term(p));
  std::vector<Cond> both;
  both.push_back(any(std::move(grants)));
  both.push_back(negate(any(std::move(hides))));
  return all(std::move(both));
}

template <class Cond, class Holds, class Any, class All>
Cond compose_column_denied(const ColumnRules& column, Holds holds, Any any, All all) {
  std::vector<Cond> reasons;
  for (size_t i : column.denies) reasons.push_back(holds(i));
  for (const auto& [a, b] : column.unorderable) {
    std::vector<Cond> pair;
    pair.push_back(holds(a));
    pair.push_back(holds(b));
    reasons.push_back(all(std::move(pair)));
  }
  return any(std::move(reasons));
}

template <class Cond, class Applies, class Any, class All, class Negate, class Chosen>
Cond compose_mask_choice(const std::vector<size_t>& ordered, Applies applies, Any any, All all, Negate negate, Chosen chosen) {
  std::vector<Cond> earlier;
  for (size_t i : ordered) {
    std::vector<Cond> parts;
    parts.push_back(applies(i));
    if (!earlier.empty()) parts.push_back(negate(any(earlier)));
    chosen(i, all(std::move(parts)));
    earlier.push_back(applies(i));
  }
  return negate(any(std::move(earlier)));
}

}  // namespace custos::eval
