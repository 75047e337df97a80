// The AST's operators and rule kinds in the IR's vocabulary: the one place the two meet.
#pragma once

#include "ast/ast.h"
#include "ir/ops.h"

namespace custos::sema {

inline ir::BinaryOp to_ir(ast::BinaryOp op) {
  switch (op) {
    case ast::BinaryOp::Add: return ir::BinaryOp::Add;
    case ast::BinaryOp::Sub: return ir::BinaryOp::Sub;
    case ast::BinaryOp::Mul: return ir::BinaryOp::Mul;
    case ast::BinaryOp::Div: return ir::BinaryOp::Div;
    case ast::BinaryOp::Mod: return ir::BinaryOp::Mod;
    case ast::BinaryOp::Eq: return ir::BinaryOp::Eq;
    case ast::BinaryOp::Ne: return ir::BinaryOp::Ne;
    case ast::BinaryOp::Lt: return ir::BinaryOp::Lt;
    case ast::BinaryOp::Le: return ir::BinaryOp::Le;
    case ast::BinaryOp::Gt: return ir::BinaryOp::Gt;
    case ast::BinaryOp::Ge: return ir::BinaryOp::Ge;
  }
  return ir::BinaryOp::Eq;
}

inline ir::RuleKind to_ir(ast::RuleKind k) {
  switch (k) {
    case ast::RuleKind::Permit: return ir::RuleKind::Permit;
    case ast::RuleKind::Forbid: return ir::RuleKind::Forbid;
    case ast::RuleKind::Mask: return ir::RuleKind::Mask;
    case ast::RuleKind::Deny: return ir::RuleKind::Deny;
  }
  return ir::RuleKind::Forbid;
}

}  // namespace custos::sema
