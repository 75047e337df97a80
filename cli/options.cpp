// Diagnostic output shared by subcommands.
#include "options.h"

#include <fmt/format.h>

#include <ostream>

#include "diag/render.h"

#ifndef CUSTOS_VERSION
#define CUSTOS_VERSION "0.0.0"
#endif

namespace custos::cli {

int emit_diagnostics(Diagnostics& diags, const SourceMap& sources, const DiagnosticOutput& opts, std::ostream& out,
                     const Terminal& term, size_t files_checked) {
  if (opts.werror) diags.promote_warnings();
  diags.sort_stable(sources);
  switch (opts.format) {
    case Format::Json: out << render_json(diags, sources); break;
    case Format::Sarif: out << render_sarif(diags, sources, CUSTOS_VERSION); break;
    case Format::Human: {
      bool color = opts.color == Color::Always || (opts.color == Color::Auto && term.stdout_is_tty);
      out << render_human(diags, sources, HumanStyle{color});
      size_t e = diags.error_count(), w = diags.warning_count();
      out << fmt::format("checked {} file{}: {} error{}, {} warning{}\n", files_checked, files_checked == 1 ? "" : "s", e,
                         e == 1 ? "" : "s", w, w == 1 ? "" : "s");
      break;
    }
  }
  return diags.has_errors() ? kExitFailure : kExitOk;
}

}  // namespace custos::cli
