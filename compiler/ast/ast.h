// The Custos AST: what the parser produces and the checker consumes. Every node has a span.
// Expression kinds are alternatives of one std::variant, so a visitor that misses a kind does
// not compile.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "ir/ops.h"
#include "source/source_map.h"
#include "value.h"

namespace custos::ast {

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

// Literal values are the runtime's scalars.
using Null = custos::Null;
using Date = custos::Date;
using Timestamp = custos::Timestamp;
using LiteralValue = custos::Scalar;


struct Literal {
  LiteralValue value;
};
// A bare name: a `let`, a row column, an import alias, or the roots `principal` / `context`.
struct NameRef {
  std::string name;
};
struct Member {
  ExprPtr base;
  std::string member;
  Span member_span;
};
struct Call {
  ExprPtr callee;
  std::vector<ExprPtr> args;
};
enum class UnaryOp : uint8_t { Negate, Not };
struct Unary {
  UnaryOp op;
  ExprPtr operand;
};
// The operators and rule kinds are the IR's vocabulary (ir/ops.h), shared so that nothing maps them.
using BinaryOp = ir::BinaryOp;
struct Binary {
  BinaryOp op;
  ExprPtr lhs, rhs;
  Span op_span;
};
// `and` / `or` chains are n-ary so that long chains never make deep trees.
enum class LogicalOp : uint8_t { And, Or };
struct Logical {
  LogicalOp op;
  std::vector<ExprPtr> operands;
};
struct In {
  ExprPtr item;
  ExprPtr collection;
  bool negated = false;
};
struct IsNull {
  ExprPtr operand;
  bool negated = false;
};
// `[a, b]` is a list, `{a, b}` a set.
struct Collection {
  bool is_set = false;
  std::vector<ExprPtr> items;
};
// Stands in for an expression that failed to parse; errors were already reported.
struct ErrorExpr {};

using ExprNode = std::variant<Literal, NameRef, Member, Call, Unary, Binary, Logical, In, IsNull, Collection, ErrorExpr>;

struct Expr {
  Span span;
  ExprNode node;

  template <class T>
  const T* as() const { return std::get_if<T>(&node); }
};

template <class T>
ExprPtr make_expr(Span span, T node) {
  auto e = std::make_unique<Expr>();
  e->span = span;
  e->node = std::move(node);
  return e;
}

const char* to_string(LogicalOp op);

// ---------------------------------------------------------------------------------------------

struct Ident {
  std::string text;
  Span span;
};

struct QualifiedName {
  std::vector<Ident> parts;
  Span span;
  std::string str() const;
};

struct Annotation {
  std::string name;
  std::optional<std::string> value;  // string literals only; other literals are reported
  Span span;
};

// Lookup helper: the value of `@name("...")` or nullptr.
const Annotation* find_annotation(const std::vector<Annotation>& list, std::string_view name);

struct Header {
  std::string domain;  // "global" for the governance layer
  bool is_global = false;
  Span span, name_span;
  std::vector<Annotation> annotations;
};

struct Import {
  QualifiedName path;
  std::string alias;
  Span alias_span;
  bool explicit_alias = false;
  Span span;
};

struct Let {
  Ident name;
  ExprPtr value;
  std::vector<Annotation> annotations;
  Span span;
};

using RuleKind = ir::RuleKind;

struct ProductTarget {
  bool by_tag = false;
  QualifiedName name;  // product `domain.object`, or a tag path
  Span span;
};

struct ColumnTarget {
  bool by_tag = false;
  QualifiedName name;  // `domain.object.column`, or a tag path
  std::optional<ProductTarget> scope;  // `columns tagged t on <products>`
  Span span;
};

struct MaskCall {
  QualifiedName function;
  std::vector<ExprPtr> args;  // arguments after the masked value itself
  Span span;
};

enum class ClauseKind : uint8_t { When, Unless, RowsWhere };
struct Clause {
  ClauseKind kind;
  ExprPtr condition;
  Span span;
};

struct Rule {
  RuleKind kind;
  std::vector<Annotation> annotations;
  std::vector<Ident> actions;      // permit / forbid
  ProductTarget product;           // permit / forbid
  ColumnTarget column;             // mask / deny
  std::optional<MaskCall> mask;    // mask
  std::vector<Clause> clauses;
  Span span, keyword_span;
};

// ---------------------------------------------------------------------------------------------
// Invariants (`assert`): what must hold for every principal, context and row

using AssertKind = ir::AssertKind;

struct Assertion {
  AssertKind kind;
  std::vector<Annotation> annotations;
  ProductTarget product;        // Denied, Readable, RowsWhere
  ColumnTarget column;          // the column kinds
  ExprPtr rows;                 // RowsWhere
  std::vector<Clause> clauses;  // `when` / `unless`: where the assertion applies
  Span span, keyword_span, outcome_span;
};

// ---------------------------------------------------------------------------------------------
// Policy tests

struct Field {
  Ident name;
  ExprPtr value;
};
struct Record {
  std::vector<Field> fields;
  Span span;
};

enum class ExpectKind : uint8_t { Allow, Deny, ColumnClear, ColumnMasked, ColumnDenied, VisibleRows, RowValues };
struct Expectation {
  ExpectKind kind;
  Ident column;                         // column expectations
  std::optional<QualifiedName> mask;    // ColumnMasked with a named function
  std::vector<int64_t> rows;            // VisibleRows: 1-based positions in the given rows
  int64_t row = 0;                      // RowValues
  Record values;                        // RowValues
  Span span;
};

struct Test {
  std::string name;
  std::vector<Annotation> annotations;
  std::optional<Record> principal, context;
  std::optional<Ident> action;
  std::optional<QualifiedName> product;
  std::optional<std::vector<Record>> rows;
  std::optional<std::string> rows_file;  // `rows from "file.csv";`, relative to the policy file
  Span rows_span;
  std::vector<Expectation> expectations;
  Span span, name_span;
};

struct File {
  FileId file = 0;
  std::optional<Header> header;
  std::vector<Import> imports;
  std::vector<Let> lets;
  std::vector<Rule> rules;
  std::vector<Assertion> assertions;
  std::vector<Test> tests;
};

}  // namespace custos::ast
