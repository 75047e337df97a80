// Small helpers over AST nodes.
#include "ast/ast.h"

namespace custos::ast {

const char* to_string(LogicalOp op) { return op == LogicalOp::And ? "and" : "or"; }

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
