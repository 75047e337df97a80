// Reading YAML with positions: every value read through here can be reported at its
// `file:line:col`, and unknown or malformed fields are diagnostics, never silent skips.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "support/names.h"

namespace custos::mesh {

class YamlReader {
 public:
  YamlReader(FileId file, const SourceMap& sources, Diagnostics& diags) : file_(file), sources_(sources), diags_(diags) {}

  // Parses the whole file; reports YAML syntax errors (E0301) and returns nullopt on failure.
  std::optional<YAML::Node> load();

  Span span(const YAML::Node& node) const;
  Span file_span() const { return Span{file_, 0, 0, 0, 0}; }
  Diagnostics& diags() { return diags_; }
  FileId file() const { return file_; }

  // Reports keys of `map` that are not in `known` (E0302, with a suggestion).
  void check_fields(const YAML::Node& map, const std::vector<std::string>& known, const std::string& what);
  // Typed access. Each reports a wrong shape (E0303) at the value and returns nullopt.
  bool expect_map(const YAML::Node& node, const std::string& what);
  bool expect_sequence(const YAML::Node& node, const std::string& what);
  std::optional<std::string> string(const YAML::Node& node, const std::string& what);
  std::optional<bool> boolean(const YAML::Node& node, const std::string& what);
  // A string, or a list of strings.
  std::optional<std::vector<std::string>> strings(const YAML::Node& node, const std::string& what);
  // True when `text` (read from `at`) is an allowed name or label (support/names.h); otherwise
  // reports E0309 naming `what`, with `help`, and returns false.
  bool check_name(const YAML::Node& at, const std::string& what, const std::string& text, NameKind kind,
                  const std::string& help);
  // An optional one-line text field: "" when absent or null; otherwise the text, or "" after
  // reporting a wrong shape (E0303) or a multi-line or invisible-character label (E0309).
  std::string label(const YAML::Node& node, const std::string& what);
  // A required field: reports E0304 at `map` when it is missing.
  std::optional<YAML::Node> required(const YAML::Node& map, const std::string& key, const std::string& what);

 private:
  FileId file_;
  const SourceMap& sources_;
  Diagnostics& diags_;
};

}  // namespace custos::mesh
