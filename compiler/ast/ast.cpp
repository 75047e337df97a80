// Small helpers over AST nodes.
#include "ast/ast.h"

namespace custos::ast {

const char* to_string(BinaryOp op) {
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

const char* to_string(LogicalOp op) { return op == LogicalOp::And ? "and" : "or"; }

const char* to_string(RuleKind k) {
  switch (k) {
    case RuleKind::Permit: return "permit";
    case RuleKind::Forbid: return "forbid";
    case RuleKind::Mask: return "mask";
    case RuleKind::Deny: return "deny";
  }
  return "?";
}

std::string QualifiedName::str() const {
  std::string s;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) s += '.';
    s += parts[i].text;
  }
  return s;
}

const Annotation* find_annotation(const std::vector<Annotation>& list, std::string_view name) {
  for (const auto& a : list) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

}  // namespace custos::ast
