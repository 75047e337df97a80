// What a position in a policy file names: a product, a column, an attribute, a function, a `let`,
// a tag, a rule... Hover, go to definition and find references all start here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis.h"

namespace custos::lsp {

enum class SymbolKind { Product, Column, Principal, Context, TargetAttribute, Function, Module, Let, Tag, Rule, Assertion };

struct Symbol {
  Symbol(SymbolKind k, Span s, std::string n) : kind(k), span(s), name(std::move(n)) {}

  SymbolKind kind;
  Span span;             // the text under the cursor that names it
  std::string name;      // product (qualified), column, attribute, function, module, let or tag
  std::string product;   // Column: its product (qualified)
  std::string module;    // Function: its stdlib module
  const ast::Rule* rule = nullptr;            // Rule: the rule whose keyword is under the cursor
  const ast::Assertion* assertion = nullptr;  // Assertion
  const ast::Let* let = nullptr;              // Let: its definition
};

// Every name `file` uses, in source order.
std::vector<Symbol> all_symbols(const Analysis& a, const ast::File& file);

// The symbol at 1-based `line` and code-point `col` of `file`, if any.
std::optional<Symbol> symbol_at(const Analysis& a, const ast::File& file, uint32_t line, uint32_t col);

// The products a rule's (or test's) target names, resolved against the mesh (tags included).
std::vector<const Product*> target_products(const Mesh& mesh, const ast::ProductTarget& t);
std::vector<const Product*> column_target_products(const Mesh& mesh, const ast::ColumnTarget& t);

// Every occurrence, in `file`, of what `target` names (its spans), including its definition
// when that is in the file (a `let`).
std::vector<Span> occurrences(const Analysis& a, const ast::File& file, const Symbol& target);

// The stdlib module an import alias of `file` stands for ("" when `alias` is none).
std::string module_of_alias(const ast::File& file, const std::string& alias);

bool contains(const Span& s, uint32_t line, uint32_t col);

}  // namespace custos::lsp
