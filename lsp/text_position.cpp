// Converting between LSP positions, byte offsets and Custos spans.
#include "text_position.h"

#include <cctype>
#include <filesystem>

namespace custos::lsp {

namespace {
size_t line_start(std::string_view text, uint32_t line) {
  size_t off = 0;
  for (uint32_t l = 0; l < line; ++l) {
    size_t nl = text.find('\n', off);
    if (nl == std::string_view::npos) return text.size();
    off = nl + 1;
  }
  return off;
}

// The line of `text` starting at byte `start`, without its terminator.
std::string_view line_at(std::string_view text, size_t start) {
  size_t end = text.find('\n', start);
  std::string_view v = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
  return v;
}

uint32_t units(uint32_t cp, size_t len, Encoding e) {
  switch (e) {
    case Encoding::Utf8: return static_cast<uint32_t>(len);
    case Encoding::Utf16: return cp >= 0x10000 ? 2 : 1;
    case Encoding::Utf32: return 1;
  }
  return 1;
}

// Byte offset within `line` of `character` units.
size_t offset_in_line(std::string_view line, uint32_t character, Encoding e) {
  size_t i = 0;
  uint32_t counted = 0;
  while (i < line.size() && counted < character) {
    uint32_t cp;
    size_t len;
    decode_utf8(line, i, cp, len);
    uint32_t u = units(cp, len, e);
    if (counted + u > character) break;  // inside a surrogate pair or a multi-byte sequence
    counted += u;
    i += len;
  }
  return i;
}

uint32_t units_before(std::string_view line, size_t bytes, Encoding e) {
  uint32_t n = 0;
  size_t i = 0;
  while (i < line.size() && i < bytes) {
    uint32_t cp;
    size_t len;
    decode_utf8(line, i, cp, len);
    n += units(cp, len, e);
    i += len;
  }
  return n;
}
}  // namespace

size_t to_offset(std::string_view text, Position p, Encoding e) {
  size_t start = line_start(text, p.line);
  if (start >= text.size()) return text.size();
  return start + offset_in_line(line_at(text, start), p.character, e);
}

Position to_position(std::string_view text, size_t offset, Encoding e) {
  if (offset > text.size()) offset = text.size();
  Position p;
  size_t start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++p.line;
      start = i + 1;
    }
  }
  std::string_view line = line_at(text, start);
  p.character = units_before(line, offset - start, e);
  return p;
}

std::pair<uint32_t, uint32_t> to_line_col(std::string_view text, Position p, Encoding e) {
  size_t off = to_offset(text, p, e);
  return line_col_at(text, off);
}

size_t byte_of_column(std::string_view line, uint32_t col) {
  return col <= 1 ? 0 : offset_in_line(line, col - 1, Encoding::Utf32);
}

Position from_line_col(const SourceFile& file, uint32_t line, uint32_t col, Encoding e) {
  if (line == 0) return {};
  std::string_view l = file.line(line);
  return {line - 1, units_before(l, byte_of_column(l, col), e)};
}

nlohmann::json position_json(Position p) { return {{"line", p.line}, {"character", p.character}}; }

nlohmann::json range_json(const SourceFile& file, const Span& span, Encoding e) {
  if (!span.valid()) return {{"start", position_json({})}, {"end", position_json({})}};
  Position start = from_line_col(file, span.line, span.col, e);
  Position end = span.end_line ? from_line_col(file, span.end_line, span.end_col, e) : start;
  return {{"start", position_json(start)}, {"end", position_json(end)}};
}

bool parse_position(const nlohmann::json& j, Position& p) {
  if (!j.is_object() || !j.contains("line") || !j.contains("character")) return false;
  const auto& l = j["line"];
  const auto& c = j["character"];
  if (!l.is_number_unsigned() && !(l.is_number_integer() && l.get<int64_t>() >= 0)) return false;
  if (!c.is_number_unsigned() && !(c.is_number_integer() && c.get<int64_t>() >= 0)) return false;
  int64_t line = l.get<int64_t>(), character = c.get<int64_t>();
  if (line > UINT32_MAX || character > UINT32_MAX) return false;
  p.line = static_cast<uint32_t>(line);
  p.character = static_cast<uint32_t>(character);
  return true;
}

namespace {
int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

std::string uri_to_path(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (uri.substr(0, kScheme.size()) != kScheme) return {};
  std::string_view rest = uri.substr(kScheme.size());
  // `file://host/path`: only the local host (empty or localhost) is a path on this machine.
  size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return {};
  std::string_view host = rest.substr(0, slash);
  if (!host.empty() && host != "localhost") return {};
  rest = rest.substr(slash);
  std::string out;
  for (size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() && hex(rest[i + 1]) >= 0 && hex(rest[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex(rest[i + 1]) * 16 + hex(rest[i + 2])));
      i += 2;
    } else if (rest[i] == '?' || rest[i] == '#') {
      break;
    } else {
      out.push_back(rest[i]);
    }
  }
  if (out.find('\0') != std::string::npos) return {};
  return std::filesystem::path(out).lexically_normal().string();
}

std::string path_to_uri(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out = "file://";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

}  // namespace custos::lsp
