// The decision IR's expressions: typed, every name resolved. The checker produces them, constant
// folding and partial evaluation rewrite them (`ir/build.h`), the verifier (`ir/verify.h`) checks
// them, and every backend (interpreter, JIT, SQL) reads them. Nothing here refers to the AST.
//
// A node is its common part (type, nullability, span, children) and a payload that is one of the
// node kinds below, declared once: the payload's alternative *is* the kind, so a node cannot carry
// fields of another kind, and reading the wrong kind's field throws (std::bad_variant_access)
// instead of returning a default.
#pragma once

#include <cstdint>
#include <memory>
#include <type_traits>
#include <string>
#include <variant>
#include <vector>

#include "functions.h"
#include "ir/ops.h"
#include "model/type.h"
#include "source/source_map.h"
#include "value.h"

namespace custos::ir {

namespace node {
struct Const {  // a literal or a folded value; an error when the node's type is Error
  Scalar value;
};
struct Principal {  // principal.<name>
  std::string name;
};
struct Context {  // context.<name>
  std::string name;
};
struct Column {  // a column of the target product, by name (and slot once resolved)
  std::string name;
  int32_t slot = -1;
};
struct Call {  // a stdlib scalar function over the children
  const stdlib::FunctionInfo* fn = nullptr;
};
struct Not {};     // not kids[0]
struct Negate {};  // -kids[0]
struct Arith {     // kids[0] op kids[1], op in + - * / %
  BinaryOp op = BinaryOp::Add;
};
struct Compare {  // kids[0] op kids[1], op in == != < <= > >=
  BinaryOp op = BinaryOp::Eq;
};
struct And {};  // two or more kids
struct Or {};   // two or more kids
struct In {     // kids[0] (not) in kids[1]
  bool negated = false;
};
struct IsNull {  // kids[0] is (not) null
  bool negated = false;
};
struct Collection {  // a list or set literal of the kids
  bool is_set = false;
};
using Payload = std::variant<Const, Principal, Context, Column, Call, Not, Negate, Arith, Compare, And, Or, In, IsNull, Collection>;
}  // namespace node

// The kind of a node: the index of its payload's alternative, in the same order.
enum class ExprKind : uint8_t { Const, Principal, Context, Column, Call, Not, Negate, Arith, Compare, And, Or, In, IsNull, Collection };
template <ExprKind K, class N>
inline constexpr bool kind_is = std::is_same_v<std::variant_alternative_t<static_cast<size_t>(K), node::Payload>, N>;
static_assert(std::variant_size_v<node::Payload> == static_cast<size_t>(ExprKind::Collection) + 1);
static_assert(kind_is<ExprKind::Const, node::Const> && kind_is<ExprKind::Principal, node::Principal> &&
              kind_is<ExprKind::Context, node::Context> && kind_is<ExprKind::Column, node::Column> &&
              kind_is<ExprKind::Call, node::Call> && kind_is<ExprKind::Not, node::Not> && kind_is<ExprKind::Negate, node::Negate> &&
              kind_is<ExprKind::Arith, node::Arith> && kind_is<ExprKind::Compare, node::Compare> && kind_is<ExprKind::And, node::And> &&
              kind_is<ExprKind::Or, node::Or> && kind_is<ExprKind::In, node::In> && kind_is<ExprKind::IsNull, node::IsNull> &&
              kind_is<ExprKind::Collection, node::Collection>);
const char* to_string(ExprKind k);

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
  node::Payload payload;
  Type type;
  bool nullable = false;
  bool uses_rows = false;  // mentions a column (directly or through a `let`)
  Span span;
  std::vector<ExprPtr> kids;

  ExprKind kind() const { return static_cast<ExprKind>(payload.index()); }
  template <class N>
  bool is() const { return std::holds_alternative<N>(payload); }
  template <class N>
  const N& as() const { return std::get<N>(payload); }
  template <class N>
  N& as() { return std::get<N>(payload); }

  // The payload's fields, read through the kind that has them (throws for another kind).
  const Scalar& value() const { return as<node::Const>().value; }
  const std::string& name() const;  // Principal, Context or Column
  int32_t slot() const { return as<node::Column>().slot; }
  const stdlib::FunctionInfo* fn() const { return as<node::Call>().fn; }
  BinaryOp op() const;    // Arith or Compare
  bool negated() const;   // In or IsNull
  bool is_set() const { return as<node::Collection>().is_set; }
};

// A node of `payload`'s kind with its type and span; the caller adds children and flags.
ExprPtr make_node(node::Payload payload, Type type, Span span = {});

}  // namespace custos::ir
