// `custos diff`: what one version of a mesh's policies grants that another does not, proven with
// an SMT solver over the decision IR and shown with witnesses replayed through the interpreter.
// The public face of analysis/: no Z3 type appears here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ir/policy_set.h"
#include "who_can.h"

namespace custos::analysis {

enum class Direction { Widens, Narrows, Changes };
const char* to_string(Direction d);

// A concrete request on which the versions decide differently: JSON objects as `custos eval`
// reads them (`--principal`, `--context`) and one row of the product (empty for table access).
struct Witness {
  std::string principal, context, row;
};

// A rule whose state differs between the versions on the witness.
struct RuleChange {
  std::string id;
  std::string location;  // file:line:col in its version
  std::string file;
  uint32_t line = 0, col = 0;
  std::string version;   // "old" or "new"
  std::string kind;      // permit, forbid, mask, deny
  bool holds = false;    // in its version, on the witness
  bool changed = false;  // "new" rules: its definition differs from the old rule with this id
};

struct Finding {
  std::string product;
  std::string aspect;  // "access", "rows" or "column"
  std::string column;  // for "column"
  Direction direction = Direction::Widens;
  std::string before, after;  // "denied", "masked (hash)", "clear", "visible", "hidden", ...
  Witness witness;
  std::vector<RuleChange> rules;
  // Where the same happens, over both versions' rules, proven exact, then simplified (rules of OLD
  // are marked `version` "old"): for access, every request; for rows, every request and row given
  // table access in both versions; for a column, given the row is visible in both.
  Condition region;
};

// A product (or one of its parts) the solver could not decide, with why.
struct Unknown {
  std::string product;
  std::string reason;
  std::string location;  // of the construct, when there is one
};

struct DiffResult {
  std::vector<Finding> findings;
  std::vector<Unknown> unknowns;
  std::vector<std::string> analysed;   // products whose decisions may differ (their rules changed)
  std::vector<std::string> unchanged;  // products whose rules, columns and attributes are identical
  std::vector<std::string> added, removed;

  bool widens() const;
};

struct DiffOptions {
  const SourceMap* old_sources = nullptr;
  const SourceMap* new_sources = nullptr;
  unsigned timeout_ms = 30000;  // per solver query
  unsigned region_ms = 3000;    // for simplifying one finding's region (it stays exact without)
  bool regions = true;          // false: findings carry no region (verdict unknown, no reason)
};

// Compares every product of both versions (by qualified name). Each finding's witness has been
// replayed through the interpreter on both versions and shown to decide as reported.
DiffResult diff(const ir::PolicySet& old_set, const ir::PolicySet& new_set, const DiffOptions& options);

}  // namespace custos::analysis
