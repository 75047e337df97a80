// A stable, readable text form of the AST for tests and `custos parse --dump-ast`.
#pragma once

#include <string>

#include "ast/ast.h"

namespace custos::ast {

std::string dump(const Expr& e);
std::string dump(const File& f);
std::string literal_text(const LiteralValue& v);

}  // namespace custos::ast
