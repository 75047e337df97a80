// Literal decoding for the AST builder.
#include "parse/literals.h"

#include <cstdlib>
#include <limits>

#include "source/source_map.h"

namespace custos::parse {

std::optional<int64_t> decode_int(std::string_view token) {
  uint64_t v = 0;
  for (char c : token) {
    if (c == '_') continue;
    uint64_t d = static_cast<uint64_t>(c - '0');
    if (v > (static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) - d) / 10) return std::nullopt;
    v = v * 10 + d;
  }
  return static_cast<int64_t>(v);
}

double decode_float(std::string_view token) {
  std::string clean;
  for (char c : token) {
    if (c != '_') clean += c;
  }
  return std::strtod(clean.c_str(), nullptr);
}


StringDecode decode_string(std::string_view token) {
  StringDecode r;
  std::string_view body = token;
  if (!body.empty() && body.front() == '"') body.remove_prefix(1);
  if (!body.empty() && body.back() == '"') body.remove_suffix(1);
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\') {
      r.value += c;
      continue;
    }
    size_t at = i + 1;  // offset in token of the backslash (token has the leading quote)
    if (i + 1 >= body.size()) {
      r.ok = false;
      r.error_offset = at;
      r.error_length = 1;
      r.error = "a string cannot end with a lone `\\`";
      return r;
    }
    char e = body[++i];
    switch (e) {
      case '"': r.value += '"'; break;
      case '\\': r.value += '\\'; break;
      case 'n': r.value += '\n'; break;
      case 't': r.value += '\t'; break;
      case 'r': r.value += '\r'; break;
      case '0': r.value += '\0'; break;
      case 'u': {
        size_t close = body.find('}', i);
        bool good = i + 1 < body.size() && body[i + 1] == '{' && close != std::string_view::npos && close > i + 2 &&
                    close - i - 2 <= 6;
        uint32_t cp = 0;
        if (good) {
          for (size_t k = i + 2; k < close; ++k) {
            char h = body[k];
            int v = (h >= '0' && h <= '9') ? h - '0' : (h >= 'a' && h <= 'f') ? h - 'a' + 10 : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
            if (v < 0) {
              good = false;
              break;
            }
            cp = cp * 16 + static_cast<uint32_t>(v);
          }
        }
        if (!good || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
          r.ok = false;
          r.error_offset = at;
          r.error_length = close != std::string_view::npos && good ? close - i + 2 : 2;
          r.error = "invalid unicode escape; write it as `\\u{1F600}` with 1 to 6 hex digits of a valid code point";
          return r;
        }
        encode_utf8(r.value, cp);
        i = close;
        break;
      }
      default:
        r.ok = false;
        r.error_offset = at;
        r.error_length = 2;
        r.error = std::string("unknown escape sequence `\\") + e + "`";
        return r;
    }
  }
  return r;
}

}  // namespace custos::parse
