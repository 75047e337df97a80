// Typed inputs for decisions: attributes from JSON, rows from CSV or JSON lines. Every value is
// converted to the type the mesh declares; anything that does not fit is reported, never guessed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "eval_expr.h"

namespace custos::eval {

// Bounds on one attribute value: bytes of a string, items of a collection.
inline constexpr size_t kMaxAttributeBytes = 64 * 1024;
inline constexpr size_t kMaxAttributeItems = 10000;

// A JSON object of attributes. Unknown names (with "did you mean"), wrong types and malformed
// JSON are appended to `errors` (one line each, naming the attribute); with `path`, each starts
// with `path:line:col:`, otherwise a syntax error says "(line L, column C)".
// Well-formed input is read with simdjson (evaluator/attributes_fast.h); anything else by
// attributes_from_json_reference, which reports it.
Attributes attributes_from_json(std::string_view json_text, const std::vector<Attribute>& decls, const std::string& what,
                                std::vector<std::string>& errors, const std::string& path = {});
// The reference reader (nlohmann-json) of every input and every message; a repeated name keeps
// its last value.
Attributes attributes_from_json_reference(std::string_view json_text, const std::vector<Attribute>& decls, const std::string& what,
                                          std::vector<std::string>& errors, const std::string& path = {});

// Converts text (a CSV field) to a value of `type`; nullopt with `why` when it does not parse.
std::optional<Scalar> scalar_from_text(std::string_view text, const Type& type, std::string& why);
// Converts a scalar given in a policy or test to the column/attribute type (int -> float, ...).
std::optional<Scalar> coerce(const Scalar& v, const Type& type);

using Row = std::vector<Scalar>;  // parallel to Product::columns

// RFC 4180 CSV with a header naming columns of `product`. An empty unquoted field is null.
// Columns the header leaves out are null. Errors name the line and column.
// `present` (when given) receives, per column of the product, whether the input names it.
std::vector<Row> rows_from_csv(std::string_view text, const Product& product, std::vector<std::string>& errors,
                               std::vector<bool>* present = nullptr);
// Reads rows from a file: JSON lines when it ends in `.jsonl`, CSV otherwise. Errors (also an
// unreadable file) are appended to `errors`, prefixed with the path.
std::vector<Row> rows_from_file(const std::string& path, const Product& product, std::vector<std::string>& errors,
                                std::vector<bool>* present = nullptr);
// One JSON object per line.
std::vector<Row> rows_from_jsonl(std::string_view text, const Product& product, std::vector<std::string>& errors,
                                 std::vector<bool>* present = nullptr);

}  // namespace custos::eval
