// Hover text (Markdown) for what the cursor is on: a column's type, tags, classification,
// description, contract file and the rules that keep it from being read in clear; an attribute's
// type and optionality; a stdlib function's signature and strength; a rule's effect.
#pragma once

#include <optional>
#include <string>

#include "analysis.h"
#include "symbols.h"

namespace custos::lsp {

std::optional<std::string> hover_markdown(const Analysis& a, const Symbol& s);

// `path:line` of `span`, the path relative to the mesh root when it lies below it.
std::string where(const Analysis& a, const Span& span);
// The source text `span` covers, on one line (line breaks and runs of spaces folded).
std::string span_text(const SourceMap& sources, const Span& span);
// A stdlib function's signature: `show_last(count: int)`, with `· mask, strength 50` for masks.
std::string function_signature(std::string_view module, std::string_view name);

}  // namespace custos::lsp
