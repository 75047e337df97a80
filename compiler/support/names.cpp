// Allowed characters in names and labels, and escaping of text for one-line display.
#include "support/names.h"

#include <cstdint>
#include <cstdio>

#include "source/source_map.h"

namespace custos {

namespace {

// Characters that change how text around them reads, or that cannot be seen: line and
// paragraph breaks, controls, bidirectional overrides, zero-width characters, tags.
bool invisible(uint32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0xAD || cp == 0x61C || cp == 0x180E ||
         (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F) ||
         cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xE0000 && cp <= 0xE007F);
}

bool unicode_space(uint32_t cp) {
  return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

std::string code(uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

std::string describe(uint32_t cp) {
  if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) return "a line break (" + code(cp) + ")";
  if (invisible(cp)) return "an invisible or control character (" + code(cp) + ")";
  if (unicode_space(cp)) return "a special space (" + code(cp) + ")";
  if (cp == '`') return "a backtick";
  return "`" + std::string(1, static_cast<char>(cp)) + "`";
}

}  // namespace

std::string name_problem(std::string_view text, NameKind kind) {
  const size_t limit = kind == NameKind::Name ? kMaxNameBytes : kMaxLabelBytes;
  if (text.empty()) return "is empty";
  if (text.size() > limit) return "is longer than " + std::to_string(limit) + " bytes";
  if (kind == NameKind::Name && (text.front() == ' ' || text.back() == ' ')) return "starts or ends with a space";
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = 0;
    size_t len = 1;
    if (!decode_utf8(text, i, cp, len)) return "is not valid UTF-8 (at byte " + std::to_string(i) + ")";
    bool bad = invisible(cp);
    if (kind == NameKind::Name) {
      bool ascii_ok = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_' ||
                      cp == '-' || cp == ' ';
      bad = bad || (cp < 0x80 && !ascii_ok) || unicode_space(cp);
    }
    if (bad) return "contains " + describe(cp) + " at byte " + std::to_string(i);
    i += len;
  }
  return {};
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = 0;
    size_t len = 1;
    char buf[16];
    if (!decode_utf8(text, i, cp, len)) {
      std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[i])));
      out += buf;
    } else if (cp == '\\') {
      out += "\\\\";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (invisible(cp)) {
      std::snprintf(buf, sizeof buf, "\\u{%X}", static_cast<unsigned>(cp));
      out += buf;
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

}  // namespace custos
