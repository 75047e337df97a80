// Per-file checking state shared by the check_*.cpp files (checker internal).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "check/program.h"
#include "diag/diagnostic.h"

namespace custos::check {

// Which `product.*` / `column.*` attributes a binding read, and their values as bound.
struct TargetReads {
  bool product = false, column = false;
  std::vector<std::string> values;  // `product.domain = "crm"`, in the order first read

  bool any() const { return product || column; }
};

// What an expression may refer to where it appears.
struct Scope {
  std::vector<const Product*> products;  // whose columns are visible (rows where)
  bool columns = false;
  const char* clause = "";  // "when", "unless", "rows where", ... for messages
  // The target this binding decides, for `product.<attribute>` and `column.<attribute>` (a rule
  // that reads them is bound once per target); `column_rule` when `column.` means something.
  const Product* product = nullptr;
  const Column* column = nullptr;
  bool column_rule = false;
  TargetReads* reads = nullptr;
};

// One binding of a rule's conditions: the target it decides (and, for column attributes, the one
// column), and whether warnings about constant conditions are reported or only noted.
struct TargetBinding {
  const Product* product = nullptr;
  const Column* column = nullptr;
  bool column_rule = false;
  TargetReads* reads = nullptr;
  bool* never = nullptr;  // set instead of warning when a condition makes the copy never apply
};

class FileChecker {
 public:
  FileChecker(const Mesh& mesh, const ast::File& file, Diagnostics& diags);

  // check_expr.cpp
  ir::ExprPtr bind(const ast::Expr& e, const Scope& scope);
  // Binds and requires a bool; warns when the condition folds to a constant.
  ir::ExprPtr bind_condition(const ast::Expr& e, const Scope& scope);

  // check_rules.cpp
  // A rule that reads `product.*` / `column.*` comes back as one copy per target (per column when
  // it reads `column.*`); empty after an error.
  std::vector<ir::Rule> rule(const ast::Rule& r);
  // check_assertions.cpp
  std::vector<ir::Assertion> assertion(const ast::Assertion& a);
  // `@expires(...)` as the condition `context.now < <end>`; nullptr after reporting a problem.
  ir::ExprPtr expiry_condition(const ast::Annotation& expires);
  // `@break_glass` as the condition `context.justification != ""`; nullptr after reporting a problem.
  ir::ExprPtr break_glass_condition(const ast::Annotation& annotation, ast::RuleKind kind);

  // check_file.cpp
  void check_header();
  void check_imports();
  void check_lets();
  void report_unused();
  void check_test(const ast::Test& t);

  const std::string& domain() const { return domain_; }
  bool is_global() const { return global_; }
  Diagnostics& diags() { return diags_; }
  const Mesh& mesh() const { return mesh_; }

  // Resolves `alias.function` through this file's imports.
  const stdlib::FunctionInfo* resolve_function(const ast::QualifiedName& name, bool want_mask);

 private:
  ir::ExprPtr bind_name(const ast::Expr& e, const ast::NameRef& n, const Scope& scope);
  ir::ExprPtr bind_member(const ast::Expr& e, const ast::Member& m, const Scope& scope);
  ir::ExprPtr bind_target(const ast::Expr& e, const ast::Member& m, bool column_root, const Scope& scope);
  ir::ExprPtr bind_call(const ast::Expr& e, const ast::Call& c, const Scope& scope);
  ir::ExprPtr bind_binary(const ast::Expr& e, const ast::Binary& b, const Scope& scope);
  ir::ExprPtr bind_in(const ast::Expr& e, const ast::In& in, const Scope& scope);
  ir::ExprPtr column(const ast::Expr& e, const std::string& name, const Scope& scope);
  ir::ExprPtr error(const ast::Expr& e);
  std::optional<std::vector<ir::RuleTarget>> resolve_targets(bool columns, const ast::ProductTarget& product,
                                                             const ast::ColumnTarget& column, bool anywhere);
  void name_declaration(const std::vector<ast::Annotation>& annotations, const Span& span, std::string& id, std::string& reason) const;
  bool bind_clauses(const std::vector<const ast::Clause*>& clauses, ir::Rule& out, const std::string& never,
                    const TargetBinding& target);
  // The targets of a rule copy per target: each product (each column, when `per_column`).
  std::vector<ir::RuleTarget> split_targets(const std::vector<ir::RuleTarget>& targets, bool per_column) const;
  void check_enum_literal(const ir::Expr& maybe_enum, const ir::Expr& maybe_literal);

  const Mesh& mesh_;
  const ast::File& file_;
  Diagnostics& diags_;
  std::string domain_;
  bool global_ = false;
  std::map<std::string, const ast::Let*> lets_;
  std::set<std::string> used_lets_;
  std::map<std::string, const ast::Import*> imports_;  // alias -> import of a known module
  std::set<std::string> used_imports_;
  std::vector<std::string> let_stack_;  // lets being expanded, for cycle detection
};

// Whether a value of type `t` may be passed where a stdlib function expects `p` (null and
// already-reported errors always fit).
bool fits(stdlib::Pattern p, const Type& t);

// Folds an expression made only of constants; nullopt when it depends on anything else.
std::optional<ast::LiteralValue> fold_constant(const ir::Expr& e);

}  // namespace custos::check
