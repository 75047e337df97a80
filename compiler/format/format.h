// `custos fmt`: one canonical layout for policy files. Works on the token stream, so every
// comment is kept exactly; a file with syntax errors is never reformatted.
#pragma once

#include <optional>
#include <string>

#include "diag/diagnostic.h"

namespace custos::format {

struct FormatOptions {
  size_t max_width = 100;
};

// The formatted text of `file`, or nullopt (with diagnostics) when it does not parse.
std::optional<std::string> format_file(FileId file, const SourceMap& sources, Diagnostics& diags,
                                       const FormatOptions& options = {});

}  // namespace custos::format
