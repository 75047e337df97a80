// Completion from the text as typed (half-typed text rarely parses) and the mesh of the last
// analysis: products after `on`, columns of the rule's product, `principal.`/`context.`
// attributes with their types, tags, stdlib functions with signatures, `let` names, keywords.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis.h"
#include "text_position.h"

namespace custos::lsp {

// Every keyword of the language, for completion (a test checks it against the grammar).
const std::vector<std::string>& keywords();

// An LSP CompletionList for byte `offset` of `text`; `mesh` may be null (no mesh loaded).
nlohmann::json complete(const Mesh* mesh, std::string_view text, size_t offset, Encoding e);

// An LSP SignatureHelp for a stdlib call the cursor is in (`m.show_last(|`, `time.add_days(d, |`),
// or null.
nlohmann::json signature_help(std::string_view text, size_t offset);

}  // namespace custos::lsp
