// Options shared by several subcommands and the helpers that apply them.
#pragma once

#include <string>
#include <vector>

#include "cli.h"
#include "diag/diagnostic.h"

namespace custos::cli {

enum class Format { Human, Json, Sarif };
enum class Color { Auto, Always, Never };

struct DiagnosticOutput {
  Format format = Format::Human;
  Color color = Color::Auto;
  bool werror = false;
};

// Renders `diags` in the chosen format to `out`, with a summary line in human mode.
// Returns kExitFailure when any error remains (after --werror), kExitOk otherwise.
int emit_diagnostics(Diagnostics& diags, const SourceMap& sources, const DiagnosticOutput& opts, std::ostream& out,
                     const Terminal& term, size_t files_checked);

}  // namespace custos::cli
