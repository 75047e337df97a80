// Human-readable diagnostics, in the `file:line:col: severity[code]: message` form editors parse.
#include <fmt/format.h>

#include <algorithm>

#include "diag/render.h"

namespace custos {
namespace {

struct Colors {
  bool on;
  std::string_view paint(std::string_view code) const { return on ? code : std::string_view(); }
  std::string_view reset() const { return on ? "\033[0m" : ""; }
};

constexpr std::string_view kBold = "\033[1m";
constexpr std::string_view kRed = "\033[1;31m";
constexpr std::string_view kYellow = "\033[1;33m";
constexpr std::string_view kBlue = "\033[1;34m";
constexpr std::string_view kCyan = "\033[1;36m";

std::string location(const SourceMap& sources, const Span& span) {
  if (span.file >= sources.size()) return "<unknown>";
  const std::string& path = sources.file(span.file).path();
  if (!span.valid()) return path;
  return fmt::format("{}:{}:{}", path, span.line, span.col);
}

// Replaces tabs so that the underline lines up with the code above it.
// Invalid UTF-8 (only ever shown for E0001) becomes `?`.
std::string display_line(std::string_view line) {
  std::string out(line);
  while (auto bad = find_invalid_utf8(out)) out[*bad] = '?';
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

void render_snippet(std::string& out, const SourceMap& sources, const Span& span, std::string_view label,
                    const Colors& c, std::string_view underline_color) {
  if (!span.valid() || span.file >= sources.size()) return;
  const SourceFile& file = sources.file(span.file);
  std::string_view text = file.line(span.line);
  if (text.empty() && span.line > file.line_count()) return;
  std::string gutter = std::to_string(span.line);
  std::string pad(gutter.size(), ' ');
  out += fmt::format(" {}{} |{} {}\n", c.paint(kBlue), gutter, c.reset(), display_line(text));
  uint32_t width = 1;
  if (span.end_line == span.line && span.end_col > span.col) width = span.end_col - span.col;
  if (span.end_line > span.line) {
    uint32_t line_len = count_code_points(text);
    width = line_len >= span.col ? line_len - span.col + 1 : 1;
  }
  out += fmt::format(" {}{} |{} {}{}{}{}{}\n", c.paint(kBlue), pad, c.reset(), std::string(span.col - 1, ' '),
                     c.paint(underline_color), std::string(width, '^'), label.empty() ? "" : " ", label);
  if (c.on) out.insert(out.size() - 1, c.reset());
}

}  // namespace

std::string render_human(const Diagnostics& diags, const SourceMap& sources, HumanStyle style) {
  Colors c{style.color};
  std::string out;
  for (const Diagnostic& d : diags.all()) {
    bool err = d.severity == Severity::Error;
    std::string_view color = err ? kRed : kYellow;
    out += fmt::format("{}{}:{} {}{}[{}]{}: {}{}{}\n", c.paint(kBold), location(sources, d.span), c.reset(),
                       c.paint(color), err ? "error" : "warning", diag_info(d.code).id, c.reset(), c.paint(kBold),
                       sanitize_utf8(d.message), c.reset());
    render_snippet(out, sources, d.span, "", c, color);
    for (const Label& l : d.labels) {
      out += fmt::format("{}{}:{} {}note{}: {}\n", c.paint(kBold), location(sources, l.span), c.reset(),
                         c.paint(kCyan), c.reset(), sanitize_utf8(l.message));
      render_snippet(out, sources, l.span, "", c, kCyan);
    }
    for (const std::string& n : d.notes) out += fmt::format("  {}= note{}: {}\n", c.paint(kCyan), c.reset(), sanitize_utf8(n));
    if (!d.help.empty()) out += fmt::format("  {}= help{}: {}\n", c.paint(kCyan), c.reset(), sanitize_utf8(d.help));
  }
  return out;
}

}  // namespace custos
