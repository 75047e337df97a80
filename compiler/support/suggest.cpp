// Edit distance and closest-name suggestions.
#include "support/suggest.h"

#include <algorithm>
#include <cctype>

namespace custos {

size_t edit_distance(std::string_view a, std::string_view b) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<size_t>> d(n + 1, std::vector<size_t>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      size_t cost = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                            std::tolower(static_cast<unsigned char>(b[j - 1]))
                        ? 0
                        : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

std::optional<std::string> closest_match(std::string_view name, const std::vector<std::string>& candidates) {
  // Long inputs are never typos of short names; bound the quadratic work.
  if (name.size() > 64) return std::nullopt;
  size_t limit = std::max<size_t>(1, name.size() / 3);
  std::optional<std::string> best;
  size_t best_distance = limit + 1;
  for (const std::string& c : candidates) {
    if (c == name || c.size() > 64) continue;
    size_t dist = edit_distance(name, c);
    if (dist < best_distance || (dist == best_distance && best && c < *best)) {
      best_distance = dist;
      best = c;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates) {
  auto m = closest_match(name, candidates);
  return m ? "did you mean `" + *m + "`?" : std::string();
}

std::optional<std::string> suggested_name(std::string_view help) {
  constexpr std::string_view kStart = "did you mean `", kEnd = "`?";
  if (help.size() <= kStart.size() + kEnd.size() || help.substr(0, kStart.size()) != kStart ||
      help.substr(help.size() - kEnd.size()) != kEnd) {
    return std::nullopt;
  }
  std::string_view name = help.substr(kStart.size(), help.size() - kStart.size() - kEnd.size());
  if (name.find('`') != std::string_view::npos) return std::nullopt;
  return std::string(name);
}

}  // namespace custos
