// Spans of ANTLR tokens and rule contexts (front-end internal).
#pragma once

#include <antlr4-runtime.h>

#include "source/source_map.h"

namespace custos::parse {

Span token_span(FileId file, const antlr4::Token* t);
// From the first token of `ctx` to its last; a context that matched nothing gets its start token.
Span context_span(FileId file, antlr4::ParserRuleContext* ctx);
// The position just after token `t` (for "expected `;`" at the end of a line).
Span span_after(FileId file, const antlr4::Token* t);

}  // namespace custos::parse
