// The decision semantics of docs/semantics.md, written once: from the state of each rule after
// stage 1 (does it hold; for a mask with `rows where`, can it apply on some rows) to table access,
// the rules that shape the row filter, and each column's outcome and masks. The interpreter's
// plans, the JIT's plan assembly and the PostgreSQL deployment all take their decisions from here;
// none re-derives them.
#pragma once

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
  std::vector<size_t> blockers;   // holding forbids without `rows where`
  std::vector<size_t> grants;     // holding permits (their `rows where`, if any, is a grant)
  std::vector<size_t> hides;      // holding forbids with `rows where`
  std::vector<size_t> row_rules;  // holding permits and forbids whose `rows where` shapes the filter
  std::vector<ColumnChoice> columns;  // one per wanted column, in the order asked
};

// The decision for `product` given each rule's state, for the `wanted` columns of the product.
// Access needs a holding permit and no holding table-level forbid. A column is denied when access
// is, when a deny holds, or when two holding masks cannot be ordered (equal strength, different
// function or arguments): never a silent pick. Otherwise the strictest applicable mask masks it.
CoreDecision decide(const ir::ProductRules& rules, const std::vector<RuleState>& states,
                    const std::vector<const Column*>& wanted, const Product& product);

// The pairs of mask rules (positions in ir::rules_in_order) on `column` that cannot be ordered:
// when both hold, the column is denied.
std::vector<std::pair<size_t, size_t>> unorderable_masks(const ir::ProductRules& rules, const std::string& column);

// Whether a mask or deny rule targets the column `name` of the product it was indexed under.
bool rule_targets(const ir::RuleRef& ref, const std::string& name);

// The words every engine uses for a denied table: "permitted by N rules", "forbidden by r1 (and
// no permit holds)", "no permit holds (default deny)".
std::string access_why(bool allowed, size_t permits_holding, const std::vector<std::string>& blockers);

}  // namespace custos::eval
