#include "ir/ops.h"

namespace custos::ir {

const char* spelling(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add: return "+";
    case BinaryOp::Sub: return "-";
    case BinaryOp::Mul: return "*";
    case BinaryOp::Div: return "/";
    case BinaryOp::Mod: return "%";
    case BinaryOp::Eq: return "==";
    case BinaryOp::Ne: return "!=";
    case BinaryOp::Lt: return "<";
    case BinaryOp::Le: return "<=";
    case BinaryOp::Gt: return ">";
    case BinaryOp::Ge: return ">=";
  }
  return "?";
}

const char* to_string(RuleKind k) {
  switch (k) {
    case RuleKind::Permit: return "permit";
    case RuleKind::Forbid: return "forbid";
    case RuleKind::Mask: return "mask";
    case RuleKind::Deny: return "deny";
  }
  return "?";
}

const char* to_string(AssertKind k) {
  switch (k) {
    case AssertKind::Denied:
    case AssertKind::ColumnDenied: return "denied";
    case AssertKind::Readable: return "readable";
    case AssertKind::RowsWhere: return "rows where";
    case AssertKind::ColumnMasked: return "masked";
    case AssertKind::ColumnClear: return "clear";
  }
  return "?";
}

}  // namespace custos::ir
