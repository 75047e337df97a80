// The IR's vocabulary: its operators and rule kinds. The AST has its own (the checker maps them),
// so that the backends (interpreter, JIT, SQL) read the IR without including the AST.
#pragma once

#include <cstdint>

namespace custos::ir {

// Arithmetic (Add..Mod) then comparison (Eq..Ge); `is_comparison` relies on the order.
enum class BinaryOp : uint8_t { Add, Sub, Mul, Div, Mod, Eq, Ne, Lt, Le, Gt, Ge };
inline bool is_comparison(BinaryOp op) { return op >= BinaryOp::Eq; }
// The operator as a policy writes it: "+", "==", ...
const char* spelling(BinaryOp op);

enum class RuleKind : uint8_t { Permit, Forbid, Mask, Deny };
const char* to_string(RuleKind k);

// What an invariant (`assert`) states about its target.
enum class AssertKind : uint8_t {
  Denied,        // `assert P denied ...`: no table access
  Readable,      // `assert P readable ...`: table access
  RowsWhere,     // `assert P rows where E ...`: every visible row satisfies E
  ColumnDenied,  // `assert column(s) ... denied ...`
  ColumnMasked,  // `assert column(s) ... masked ...`: never in clear (masked or denied)
  ColumnClear,   // `assert column(s) ... clear ...`: readable, and in clear on every visible row
};
const char* to_string(AssertKind k);  // "denied", "readable", "rows where", "masked", "clear"
// A ceiling limits access (denied, masked, rows where); a floor guarantees it (readable, clear).
inline bool is_ceiling(AssertKind k) { return k != AssertKind::Readable && k != AssertKind::ColumnClear; }
inline bool is_column(AssertKind k) { return k >= AssertKind::ColumnDenied; }

}  // namespace custos::ir
