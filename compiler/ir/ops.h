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

}  // namespace custos::ir
