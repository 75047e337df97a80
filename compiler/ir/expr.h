// The decision IR's expressions: typed, every name resolved. The checker produces them, constant
// folding and partial evaluation rewrite them (`ir/build.h`), the verifier (`ir/verify.h`) checks
// them, and every backend (interpreter, JIT, SQL) reads them. Nothing here refers to the AST.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "functions.h"
#include "ir/ops.h"
#include "model/type.h"
#include "source/source_map.h"
#include "value.h"

namespace custos::ir {

enum class ExprKind : uint8_t {
  Const,      // a literal (or a folded value): `value`, or an error when `type` is Error
  Principal,  // principal.<name>
  Context,    // context.<name>
  Column,     // a column of the target product, by `name` (and `slot` once resolved)
  Call,       // a stdlib scalar function `fn` over `kids`
  Not,        // kids[0]
  Negate,     // kids[0]
  Arith,      // kids[0] `op` kids[1], op in + - * / %
  Compare,    // kids[0] `op` kids[1], op in == != < <= > >=
  And,        // kids, two or more
  Or,         // kids, two or more
  In,         // kids[0] (not) in kids[1]
  IsNull,     // kids[0] is (not) null
  Collection, // a list or set literal of kids
};
const char* to_string(ExprKind k);

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
  ExprKind kind;
  Type type;
  bool nullable = false;
  bool uses_rows = false;  // mentions a column (directly or through a `let`)
  Span span;
  Scalar value;                              // Const
  std::string name;                          // Principal / Context / Column
  int32_t slot = -1;                         // Column: its index in the product, once resolved
  const stdlib::FunctionInfo* fn = nullptr;  // Call
  BinaryOp op = BinaryOp::Eq;                // Arith / Compare
  bool negated = false;                      // In / IsNull
  bool is_set = false;                       // Collection
  std::vector<ExprPtr> kids;
};

}  // namespace custos::ir
