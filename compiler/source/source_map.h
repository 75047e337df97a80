// Source files held in memory and the spans that point into them.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace custos {

using FileId = uint32_t;

// A region of one source file. Lines and columns are 1-based; columns count Unicode code
// points; `end_col` is exclusive. A default-constructed span (line 0) means "no location".
struct Span {
  FileId file = 0;
  uint32_t line = 0;
  uint32_t col = 0;
  uint32_t end_line = 0;
  uint32_t end_col = 0;

  bool valid() const { return line != 0; }
  static Span point(FileId f, uint32_t line, uint32_t col) { return {f, line, col, line, col + 1}; }
  // The smallest span covering both `a` and `b` (which must be in the same file).
  static Span cover(const Span& a, const Span& b);
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }
  // The text of a 1-based line without its line terminator; empty when out of range.
  std::string_view line(uint32_t line) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<uint32_t> line_starts_;  // byte offsets
};

class SourceMap {
 public:
  FileId add(std::string path, std::string text);
  const SourceFile& file(FileId id) const { return *files_.at(id); }
  size_t size() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

// Reading files with the limits every input has.
inline constexpr size_t kMaxSourceBytes = 8u << 20;

struct ReadResult {
  std::optional<std::string> text;
  std::string error;  // set when `text` is empty: why the file could not be read
  bool too_large = false;
};
ReadResult read_file_limited(const std::string& path, size_t max_bytes = kMaxSourceBytes);

// Returns the byte offset of the first invalid UTF-8 sequence, or nullopt when `text` is valid.
std::optional<size_t> find_invalid_utf8(std::string_view text);
// Decodes the code point that starts at byte `i` of `text` into `cp` and its length in bytes
// into `len`; false (len = 1) for an invalid, truncated, overlong or surrogate sequence.
bool decode_utf8(std::string_view text, size_t i, uint32_t& cp, size_t& len);
// Appends code point `cp` to `out` as UTF-8.
void encode_utf8(std::string& out, uint32_t cp);
// `text` with every invalid UTF-8 byte replaced by `?`, safe to print and to put in JSON.
std::string sanitize_utf8(std::string_view text);
// At most `max_code_points` code points of valid UTF-8 `text`, with "..." when cut.
std::string truncate_utf8(std::string_view text, size_t max_code_points);
// Number of code points in `text` (which must be valid UTF-8).
uint32_t count_code_points(std::string_view text);
// 1-based line and column (in code points) of byte `offset` in `text`.
std::pair<uint32_t, uint32_t> line_col_at(std::string_view text, size_t offset);

}  // namespace custos
