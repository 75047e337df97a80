// The common case of reading attributes from JSON, with simdjson (a parser per thread): a
// well-formed object whose every attribute is declared, given once, and fits its declared type.
// Anything else (malformed JSON, an unknown or repeated name, a wrong type, a bound exceeded)
// returns nullopt, and attributes_from_json reads it with the reference reader, which reports it
// with its position (or, for a repeated name, keeps the last value). The fast reader decides
// nothing the reference does not: on every input it reads, both give the same attributes
// (tests/unit/test_decision_inputs.cpp compares them).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "eval_expr.h"

namespace custos::eval {

std::optional<Attributes> attributes_fast(std::string_view json_text, const std::vector<Attribute>& decls);

}  // namespace custos::eval
