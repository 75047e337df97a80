// What the checker produces: rules and tests with every name resolved and every expression
// typed ("bound"). Lowering to the decision IR reads only this, never the AST.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "functions.h"
#include "model/mesh.h"
#include "model/type.h"

namespace custos::sema {

enum class BoundKind : uint8_t {
  Const,      // a literal
  Principal,  // principal.<name>
  Context,    // context.<name>
  Column,     // a column of the target product, by name
  Call,       // a stdlib scalar function
  Not,
  Negate,
  Arith,      // + - * / %
  Compare,    // == != < <= > >=
  And,
  Or,
  In,
  IsNull,
  Collection,
};

struct BoundExpr;
using BoundPtr = std::unique_ptr<BoundExpr>;

struct BoundExpr {
  BoundKind kind;
  Type type;
  bool nullable = false;
  bool uses_rows = false;  // mentions a column (directly or through a `let`)
  Span span;
  ast::LiteralValue value;                  // Const
  std::string name;                         // Principal / Context / Column
  int32_t slot = -1;                        // Column: its index in the product, once resolved
  const stdlib::FunctionInfo* fn = nullptr;  // Call
  ast::BinaryOp op = ast::BinaryOp::Eq;     // Arith / Compare
  bool negated = false;                     // In / IsNull
  bool is_set = false;                      // Collection
  std::vector<BoundPtr> kids;
};

// Where a rule applies: products, and for column rules the columns of each.
struct ProductColumns {
  size_t product;                    // index into Mesh::products
  std::vector<std::string> columns;  // empty for permit / forbid
};

struct BoundRule {
  ast::RuleKind kind;
  std::string id;      // @id, or `<file>:<line>` when none is given
  std::string reason;  // @reason
  std::string domain;  // the file's domain (`global` for the governance layer)
  Span span;
  std::vector<ProductColumns> targets;
  const stdlib::FunctionInfo* mask = nullptr;
  std::vector<ast::LiteralValue> mask_args;
  std::vector<BoundPtr> when, unless, rows;  // conditions; rows-where predicates
};

// Two masks that cannot be ordered: equal strength, and another function or other arguments.
// `check` rejects such a pair where both can hold (E0414) and the decision core denies the column
// where both do; both ask this one question.
inline bool masks_unorderable(const BoundRule& a, const BoundRule& b) {
  if (!a.mask || !b.mask || a.mask->strength != b.mask->strength) return false;
  return a.mask != b.mask || a.mask_args != b.mask_args;
}

struct Program {
  const Mesh* mesh = nullptr;
  std::vector<BoundRule> rules;
};

}  // namespace custos::sema
