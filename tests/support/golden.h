// Golden files: the input and its expected output in one file, separated by a marker line.
// Set CUSTOS_UPDATE_GOLDEN=1 to rewrite the expectations from the actual output.
#pragma once

#include <string>
#include <vector>

namespace custos::testing {

inline constexpr const char* kExpectedMarker = "---- expected output ----";

struct GoldenFile {
  std::string path;      // absolute
  std::string relative;  // relative to the golden root, with forward slashes
  std::string input;     // everything before the marker line
  std::string expected;  // the expectation block with its comment prefixes removed
  std::string comment;   // `//` for policy and CLI files, `#` for YAML
};

// All files with `extension` below `dir` (recursively), sorted.
std::vector<std::string> list_files(const std::string& dir, const std::string& extension);
// The comment prefix is chosen by extension: `#` for .yaml, `//` otherwise.
GoldenFile read_golden(const std::string& path, const std::string& root);
// Compares; in update mode rewrites the file and reports a match.
bool check_golden(const GoldenFile& g, const std::string& actual, std::string& diff);
std::string read_text(const std::string& path);
// A golden file's command line split on whitespace (`custos check a.custos` -> 3 words).
std::vector<std::string> split_args(const std::string& line);

}  // namespace custos::testing
