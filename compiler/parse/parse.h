// The front end's entry point: source text in, AST and diagnostics out. No ANTLR type leaves it.
#pragma once

#include "ast/ast.h"
#include "diag/diagnostic.h"

namespace custos::parse {

struct ParseLimits {
  // Deepest nesting of brackets, prefix operators and non-associative operator chains.
  // Keeps every recursive pass (ANTLR's and ours) far from the thread's stack limit.
  uint32_t max_nesting = 128;
  // Syntax errors reported per file before the rest are summarised.
  uint32_t max_errors = 50;
  // Longest string literal, in bytes as written (policies compare short values).
  uint32_t max_string_bytes = 4096;
};

// Parses one file of `sources`. Always returns an AST; parts that failed to parse are left
// out (or replaced by ErrorExpr) and reported to `diags`.
ast::File parse_file(FileId file, const SourceMap& sources, Diagnostics& diags, const ParseLimits& limits = {});

}  // namespace custos::parse
