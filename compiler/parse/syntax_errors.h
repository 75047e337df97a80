// Turns ANTLR's recognition errors into diagnostics that read like a compiler's, in words
// rather than token names (front-end internal).
#pragma once

#include <antlr4-runtime.h>

#include "diag/diagnostic.h"

namespace custos::parse {

class ErrorBudget {
 public:
  ErrorBudget(Diagnostics& diags, uint32_t max) : diags_(diags), max_(max) {}
  // Reports unless the per-file budget is spent; the first report past it says so once.
  // Past the budget the returned diagnostic is a scratch object that is thrown away.
  Diagnostic& report(DiagCode code, Span span, std::string message);
  bool exhausted() const { return count_ > max_; }

 private:
  Diagnostics& diags_;
  uint32_t max_;
  uint32_t count_ = 0;
  Diagnostic scratch_;
};

// Words for a set of expected token types, e.g. "`;`, `when` or `unless`".
// `name_words` describes a name in this position ("a name", "an action such as `select`").
std::string describe_expected(const antlr4::misc::IntervalSet& expected, const antlr4::dfa::Vocabulary& vocab,
                              std::string_view name_words = "a name");
// Words for the token that was found, e.g. "keyword `permit`" or "end of file".
std::string describe_found(const antlr4::Token* t);

class SyntaxErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  SyntaxErrorStrategy(ErrorBudget& budget, FileId file) : budget_(budget), file_(file) {}

 protected:
  void reportNoViableAlternative(antlr4::Parser* p, const antlr4::NoViableAltException& e) override;
  void reportInputMismatch(antlr4::Parser* p, const antlr4::InputMismatchException& e) override;
  void reportFailedPredicate(antlr4::Parser* p, const antlr4::FailedPredicateException& e) override;
  void reportUnwantedToken(antlr4::Parser* p) override;
  void reportMissingToken(antlr4::Parser* p) override;
  antlr4::Token* singleTokenDeletion(antlr4::Parser* p) override;

 private:
  void report_expected(antlr4::Parser* p, antlr4::Token* found, const antlr4::misc::IntervalSet& expected);

  ErrorBudget& budget_;
  FileId file_;
};

}  // namespace custos::parse
