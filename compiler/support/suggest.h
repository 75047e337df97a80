// "Did you mean ...?" suggestions for unknown names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace custos {

// Optimal-string-alignment edit distance (insertions, deletions, substitutions, transpositions).
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `name` when it is close enough to be a plausible typo
// (distance at most one third of the name's length, at least 1), ties broken alphabetically.
std::optional<std::string> closest_match(std::string_view name, const std::vector<std::string>& candidates);

// "did you mean `x`?" or an empty string.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);
// `x` when `help` is exactly what did_you_mean wrote (an editor offers it as a fix).
std::optional<std::string> suggested_name(std::string_view help);

}  // namespace custos
