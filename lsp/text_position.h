// Positions as LSP counts them (0-based line, a character offset in the negotiated encoding)
// and as Custos counts them (1-based line, 1-based column in code points, see source_map.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "source/source_map.h"

namespace custos::lsp {

// How `character` counts: UTF-16 code units (LSP's default), code points ("utf-32") or bytes.
enum class Encoding { Utf8, Utf16, Utf32 };

struct Position {
  uint32_t line = 0;
  uint32_t character = 0;
};

// The byte offset of `p` in `text`; a line or character past the end is clamped to it.
size_t to_offset(std::string_view text, Position p, Encoding e);
// The LSP position of byte `offset` of `text` (clamped to its size).
Position to_position(std::string_view text, size_t offset, Encoding e);
// Custos's 1-based (line, code-point column) of `p`.
std::pair<uint32_t, uint32_t> to_line_col(std::string_view text, Position p, Encoding e);
// The LSP position of Custos's 1-based `line` and code-point `col` (0 means the line's start).
Position from_line_col(const SourceFile& file, uint32_t line, uint32_t col, Encoding e);

// The byte offset in `line` of Custos's 1-based code-point column `col` (clamped to the line).
size_t byte_of_column(std::string_view line, uint32_t col);

// {"start": ..., "end": ...} for `span` in `file`; a span with no location is the file's start.
nlohmann::json range_json(const SourceFile& file, const Span& span, Encoding e);
nlohmann::json position_json(Position p);
// A {"line", "character"} object; false when `j` is not one.
bool parse_position(const nlohmann::json& j, Position& p);

// `file:///a/b%20c` <-> `/a/b c`. Non-file URIs give an empty path.
std::string uri_to_path(std::string_view uri);
std::string path_to_uri(const std::string& path);

}  // namespace custos::lsp
