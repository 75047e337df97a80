// Syntax error messages in words.
#include "parse/syntax_errors.h"

#include <algorithm>
#include <set>

#include "CustosLexer.h"
#include "CustosParser.h"
#include "parse/token_span.h"

namespace custos::parse {

using antlr4::Token;
using custos_grammar::CustosLexer;
namespace {

// Token types that may stand for a name (identifiers and soft keywords).
const std::set<size_t>& name_tokens() {
  static const std::set<size_t> s = {
      CustosLexer::IDENT,   CustosLexer::QUOTED_IDENT, CustosLexer::K_DOMAIN,  CustosLexer::K_GLOBAL,
      CustosLexer::K_IMPORT,  CustosLexer::K_AS,           CustosLexer::K_LET,     CustosLexer::K_PERMIT,
      CustosLexer::K_FORBID,  CustosLexer::K_MASK,         CustosLexer::K_DENY,    CustosLexer::K_COLUMN,
      CustosLexer::K_COLUMNS, CustosLexer::K_PRODUCTS,     CustosLexer::K_TAGGED,  CustosLexer::K_TEST,
      CustosLexer::K_EXPECT,  CustosLexer::K_ALLOW,        CustosLexer::K_CLEAR,   CustosLexer::K_MASKED,
      CustosLexer::K_DENIED,  CustosLexer::K_ROW,          CustosLexer::K_ROWS,    CustosLexer::K_FROM,
      CustosLexer::K_DATE,    CustosLexer::K_TIMESTAMP,    CustosLexer::K_ON,      CustosLexer::K_WITH,
      CustosLexer::K_WHERE,   CustosLexer::K_ASSERT,       CustosLexer::K_READABLE};
  return s;
}

const std::set<size_t>& expression_start_tokens() {
  static const std::set<size_t> s = {CustosLexer::INT,    CustosLexer::FLOAT,  CustosLexer::STRING,
                                     CustosLexer::K_TRUE,   CustosLexer::K_FALSE,  CustosLexer::K_NULL,
                                     CustosLexer::LBRACK, CustosLexer::LBRACE, CustosLexer::LPAREN,
                                     CustosLexer::K_NOT,    CustosLexer::MINUS};
  return s;
}

const std::set<size_t>& operator_tokens() {
  static const std::set<size_t> s = {CustosLexer::DOT, CustosLexer::STAR, CustosLexer::SLASH, CustosLexer::PERCENT,
                                     CustosLexer::PLUS, CustosLexer::MINUS, CustosLexer::EQ, CustosLexer::NE,
                                     CustosLexer::LT, CustosLexer::LE, CustosLexer::GT, CustosLexer::GE,
                                     CustosLexer::K_IN, CustosLexer::K_IS, CustosLexer::K_AND, CustosLexer::K_OR};
  return s;
}

const std::set<size_t>& declaration_tokens() {
  static const std::set<size_t> s = {CustosLexer::K_IMPORT, CustosLexer::K_LET,  CustosLexer::K_PERMIT, CustosLexer::K_FORBID,
                                     CustosLexer::K_MASK,   CustosLexer::K_DENY, CustosLexer::K_ASSERT, CustosLexer::K_TEST,
                                     CustosLexer::AT};
  return s;
}

bool contains_all(const std::set<size_t>& have, const std::set<size_t>& want, size_t at_least) {
  size_t n = 0;
  for (size_t t : want) n += have.count(t);
  return n >= std::min(at_least, want.size());
}

std::string token_words(size_t type, const antlr4::dfa::Vocabulary& vocab) {
  switch (type) {
    case Token::EOF: return "end of file";
    case CustosLexer::IDENT: return "a name";
    case CustosLexer::STRING: return "a string";
    case CustosLexer::INT: return "an integer";
    case CustosLexer::FLOAT: return "a number";
    default: break;
  }
  std::string lit = vocab.getLiteralName(type);
  if (lit.size() >= 2 && lit.front() == '\'') return "`" + lit.substr(1, lit.size() - 2) + "`";
  return vocab.getSymbolicName(type);
}

std::string join_words(std::vector<std::string> items) {
  if (items.empty()) return "something else";
  if (items.size() == 1) return items[0];
  std::string last = items.back();
  items.pop_back();
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + items[i];
  return s + " or " + last;
}

}  // namespace

Diagnostic& ErrorBudget::report(DiagCode code, Span span, std::string message) {
  ++count_;
  if (count_ <= max_) return diags_.report(code, span, std::move(message));
  if (count_ == max_ + 1) {
    diags_.report(DiagCode::E0109, span, "too many errors in this file; stopping after " + std::to_string(max_))
        .with_help("fix the errors above and run again");
  }
  scratch_ = Diagnostic{};
  return scratch_;
}

std::string describe_expected(const antlr4::misc::IntervalSet& expected, const antlr4::dfa::Vocabulary& vocab,
                              std::string_view name_words) {
  std::set<size_t> types;
  for (ssize_t t : expected.toList()) types.insert(static_cast<size_t>(t));
  std::vector<std::string> words;
  // `@` can only start a declaration; the keywords alone may be names.
  bool is_decl = types.count(CustosLexer::AT) && contains_all(types, declaration_tokens(), 6);
  bool is_expr = contains_all(types, expression_start_tokens(), 6) && types.count(CustosLexer::IDENT);
  bool is_op = contains_all(types, operator_tokens(), 8);
  if (is_decl) {
    words.push_back("a declaration (`permit`, `forbid`, `mask`, `deny`, `assert`, `let`, `import` or `test`)");
    for (size_t t : declaration_tokens()) types.erase(t);
  }
  if (is_expr) {
    words.push_back("an expression");
    for (size_t t : expression_start_tokens()) types.erase(t);
    types.erase(CustosLexer::K_DATE);
    types.erase(CustosLexer::K_TIMESTAMP);
  }
  if (is_op) {
    words.push_back("an operator");
    for (size_t t : operator_tokens()) types.erase(t);
    types.erase(CustosLexer::K_NOT);
    types.erase(CustosLexer::LPAREN);
  }
  if (types.count(CustosLexer::IDENT) || is_expr) {
    for (size_t t : name_tokens()) types.erase(t);
    if (!is_expr) words.push_back(std::string(name_words));
  }
  for (size_t t : types) words.push_back(token_words(t, vocab));
  return join_words(words);
}

std::string describe_found(const Token* t) {
  size_t type = t->getType();
  if (type == Token::EOF) return "end of file";
  std::string text = t->getText();
  text = truncate_utf8(text, 32);
  if (type == CustosLexer::STRING) return "string " + text;
  if (type == CustosLexer::INT || type == CustosLexer::FLOAT) return "number `" + text + "`";
  if (type == CustosLexer::IDENT || type == CustosLexer::QUOTED_IDENT) return "`" + text + "`";
  if (name_tokens().count(type) || type == CustosLexer::K_AND || type == CustosLexer::K_OR || type == CustosLexer::K_NOT ||
      type == CustosLexer::K_IN || type == CustosLexer::K_IS || type == CustosLexer::K_NULL || type == CustosLexer::K_TRUE ||
      type == CustosLexer::K_FALSE || type == CustosLexer::K_WHEN || type == CustosLexer::K_UNLESS)
    return "keyword `" + text + "`";
  return "`" + text + "`";
}

namespace {
// What a name means where the parser stands, so "a name" can become "an action".
std::string_view name_words(antlr4::Parser* p) {
  auto* ctx = p->getContext();
  size_t rule = ctx ? ctx->getRuleIndex() : 0;
  const Token* last = p->getTokenStream()->LT(-1);
  if (last && (last->getType() == CustosLexer::K_PERMIT || last->getType() == CustosLexer::K_FORBID)) {
    return "an action such as `select`";
  }
  switch (rule) {
    case custos_grammar::CustosParser::RuleActionList: return "an action such as `select`";
    case custos_grammar::CustosParser::RuleProductTarget: return "a product such as `crm.customers`";
    case custos_grammar::CustosParser::RuleTagPath: return "a tag";
    case custos_grammar::CustosParser::RuleAnnotation: return "an annotation name";
    default: return "a name";
  }
}
}  // namespace

antlr4::Token* SyntaxErrorStrategy::singleTokenDeletion(antlr4::Parser* p) {
  // Deleting a `;` would glue two declarations together and report every later token.
  if (p->getCurrentToken()->getType() == CustosLexer::SEMI) return nullptr;
  return DefaultErrorStrategy::singleTokenDeletion(p);
}

void SyntaxErrorStrategy::report_expected(antlr4::Parser* p, Token* found, const antlr4::misc::IntervalSet& expected) {
  std::string want = describe_expected(expected, p->getVocabulary(), name_words(p));
  std::string message = "expected " + want + ", found " + describe_found(found);
  Span span = token_span(file_, found);
  // A missing `;` is best shown at the end of the line that lacks it.
  const Token* prev = found->getTokenIndex() > 0 ? p->getTokenStream()->get(found->getTokenIndex() - 1) : nullptr;
  while (prev && prev->getChannel() != Token::DEFAULT_CHANNEL && prev->getTokenIndex() > 0) {
    prev = p->getTokenStream()->get(prev->getTokenIndex() - 1);
  }
  bool want_semi = expected.contains(static_cast<size_t>(CustosLexer::SEMI));
  if (want_semi && prev && prev->getChannel() == Token::DEFAULT_CHANNEL &&
      (found->getType() == Token::EOF || found->getLine() > prev->getLine())) {
    span = span_after(file_, prev);
  }
  Diagnostic& d = budget_.report(DiagCode::E0105, span, message);
  if (found->getType() == CustosLexer::ASSIGN && !expected.contains(static_cast<size_t>(CustosLexer::ASSIGN))) {
    d.with_help("use `==` to compare values");
  } else if (want_semi && span.line != token_span(file_, found).line) {
    d.with_help("every declaration ends with `;`");
  } else if (found->getType() == CustosLexer::STRING && expected.contains(static_cast<size_t>(CustosLexer::IDENT)) &&
             !expected.contains(static_cast<size_t>(CustosLexer::STRING))) {
    d.with_help("names are written without quotes; use backticks for names with unusual characters: `my column`");
  }
}

void SyntaxErrorStrategy::reportNoViableAlternative(antlr4::Parser* p, const antlr4::NoViableAltException& e) {
  report_expected(p, e.getOffendingToken(), e.getExpectedTokens());
}

void SyntaxErrorStrategy::reportInputMismatch(antlr4::Parser* p, const antlr4::InputMismatchException& e) {
  report_expected(p, e.getOffendingToken(), e.getExpectedTokens());
}

void SyntaxErrorStrategy::reportFailedPredicate(antlr4::Parser* p, const antlr4::FailedPredicateException& e) {
  report_expected(p, e.getOffendingToken(), e.getExpectedTokens());
}

void SyntaxErrorStrategy::reportUnwantedToken(antlr4::Parser* p) {
  if (inErrorRecoveryMode(p)) return;
  beginErrorCondition(p);
  Token* t = p->getCurrentToken();
  std::string want = describe_expected(getExpectedTokens(p), p->getVocabulary(), name_words(p));
  Diagnostic& d = budget_.report(DiagCode::E0105, token_span(file_, t), "unexpected " + describe_found(t));
  d.note("expected " + want + " here");
}

void SyntaxErrorStrategy::reportMissingToken(antlr4::Parser* p) {
  if (inErrorRecoveryMode(p)) return;
  beginErrorCondition(p);
  report_expected(p, p->getCurrentToken(), getExpectedTokens(p));
}

}  // namespace custos::parse
