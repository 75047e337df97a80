// Builds our AST from ANTLR's concrete tree (front-end internal). Error recovery can leave
// any child missing, so every accessor is checked; the builder never throws.
#pragma once

#include "CustosParser.h"
#include "ast/ast.h"
#include "parse/parse.h"
#include "parse/syntax_errors.h"

namespace custos::parse {

using P = custos_grammar::CustosParser;

// Labelled alternatives are leaf classes, so an exact type test replaces a dynamic_cast walk
// (the builder's hottest operation).
template <class T, class Base>
T* as(Base* ctx) {
  return ctx && typeid(*ctx) == typeid(T) ? static_cast<T*>(ctx) : nullptr;
}

class AstBuilder {
 public:
  AstBuilder(FileId file, ErrorBudget& errors, const ParseLimits& limits)
      : file_(file), errors_(errors), limits_(limits) {}

  ast::File build_file(P::FileContext* ctx);

  // build_expr.cpp
  ast::ExprPtr expr(P::ExprContext* ctx, uint32_t depth = 0);
  ast::ExprPtr primary(P::PrimaryContext* ctx, uint32_t depth);
  ast::ExprPtr literal(P::LiteralContext* ctx);
  std::optional<std::string> string_token(antlr4::Token* tok);

  // build_decls.cpp
  ast::Ident ident(P::NameContext* ctx);
  ast::QualifiedName qualified(P::QualifiedNameContext* ctx);
  ast::QualifiedName tag_path(P::TagPathContext* ctx);
  std::vector<ast::Annotation> annotations(const std::vector<P::AnnotationContext*>& list);
  std::optional<ast::Rule> rule(P::RuleDeclContext* ctx);
  std::optional<ast::ProductTarget> product_target(P::ProductTargetContext* ctx);
  std::optional<ast::ColumnTarget> column_target(P::ColumnTargetContext* ctx);
  std::vector<ast::Clause> clauses(const std::vector<P::ClauseContext*>& list);
  std::optional<ast::Assertion> assertion(P::AssertDeclContext* ctx);

  // build_tests.cpp
  std::optional<ast::Test> test(P::TestDeclContext* ctx);
  ast::Record record(P::RecordContext* ctx);

  Span span(antlr4::ParserRuleContext* ctx) const;
  Span span(antlr4::Token* tok) const;
  Span span(antlr4::tree::TerminalNode* node) const { return span(node->getSymbol()); }
  Diagnostic& error(DiagCode code, Span at, std::string message) { return errors_.report(code, at, std::move(message)); }

 private:
  ast::ExprPtr binary_chain(P::ExprContext* ctx, uint32_t depth);
  ast::ExprPtr too_deep(antlr4::ParserRuleContext* ctx);

  FileId file_;
  ErrorBudget& errors_;
  const ParseLimits& limits_;
  bool reported_depth_ = false;
};

}  // namespace custos::parse
