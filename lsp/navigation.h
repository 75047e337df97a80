// Go to definition, find references, document symbols and semantic tokens, answered as LSP
// JSON from one analysis.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "analysis.h"
#include "symbols.h"
#include "text_position.h"

namespace custos::lsp {

// Where `s` is defined: a product or column in its contract, an attribute or tag in custos.yaml,
// a `let` in its file, a stdlib module or function in `docs_dir`/stdlib.md. Null when nowhere.
nlohmann::json definition(const Analysis& a, const Symbol& s, const std::string& docs_dir, Encoding e);

// Every place the mesh's policies use `s`; for a product or column also every rule that governs
// it through a tag. With `include_declaration`, its definition too.
nlohmann::json references(const Analysis& a, const Symbol& s, bool include_declaration, Encoding e);

// The rules, lets, imports, assertions and tests of `file` (DocumentSymbol[]).
nlohmann::json document_symbols(const Analysis& a, const ast::File& file, Encoding e);

// The legend the server announces, and the tokens of `file` in LSP's relative encoding.
nlohmann::json semantic_token_legend();
nlohmann::json semantic_tokens(const Analysis& a, const ast::File& file, Encoding e);

nlohmann::json location_json(const Analysis& a, const Span& span, Encoding e);

}  // namespace custos::lsp
