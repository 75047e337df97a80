// `custos fmt PATH...`: print (one file), `--write`, `--check` (exit 1 and list files) or `--diff`.
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <ostream>

#include "commands.h"
#include "format/format.h"
#include "inputs.h"

namespace custos::cli {

namespace {
std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    out.push_back(s.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

// One line of an edit script: kept (' '), removed ('-') or added ('+'), with the number of lines
// of each side before it.
struct Edit {
  char tag;
  size_t a, b;  // lines of the original and of the formatted text before this one
  const std::string* text;
};

// The edit script from `x` to `y`: common prefix and suffix kept, the middle from an LCS table
// (or, when that table would be too large, removed and added whole).
std::vector<Edit> edit_script(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  size_t n = x.size(), m = y.size(), head = 0, tail = 0;
  while (head < n && head < m && x[head] == y[head]) ++head;
  while (tail < n - head && tail < m - head && x[n - 1 - tail] == y[m - 1 - tail]) ++tail;
  std::vector<Edit> out;
  for (size_t k = 0; k < head; ++k) out.push_back({' ', k, k, &x[k]});
  size_t xn = n - head - tail, yn = m - head - tail;
  size_t i = 0, j = 0;
  if (xn * yn <= 25'000'000) {
    std::vector<std::vector<uint32_t>> lcs(xn + 1, std::vector<uint32_t>(yn + 1, 0));
    for (size_t a = xn; a-- > 0;) {
      for (size_t b = yn; b-- > 0;) {
        lcs[a][b] = x[head + a] == y[head + b] ? lcs[a + 1][b + 1] + 1 : std::max(lcs[a + 1][b], lcs[a][b + 1]);
      }
    }
    while (i < xn || j < yn) {
      if (i < xn && j < yn && x[head + i] == y[head + j]) {
        out.push_back({' ', head + i, head + j, &x[head + i]});
        ++i, ++j;
      } else if (j < yn && (i == xn || lcs[i][j + 1] > lcs[i + 1][j])) {
        out.push_back({'+', head + i, head + j, &y[head + j]});
        ++j;
      } else {
        out.push_back({'-', head + i, head + j, &x[head + i]});
        ++i;
      }
    }
  } else {
    for (; i < xn; ++i) out.push_back({'-', head + i, head, &x[head + i]});
    for (; j < yn; ++j) out.push_back({'+', head + xn, head + j, &y[head + j]});
  }
  for (size_t k = 0; k < tail; ++k) out.push_back({' ', n - tail + k, m - tail + k, &x[n - tail + k]});
  return out;
}

// A unified diff with 3 lines of context, one hunk per group of nearby changes.
std::string unified_diff(const std::string& path, const std::string& a, const std::string& b) {
  constexpr size_t kContext = 3;
  auto x = lines_of(a), y = lines_of(b);
  std::vector<Edit> edits = edit_script(x, y);
  std::string out = fmt::format("--- {}\n+++ {} (formatted)\n", path, path);
  size_t k = 0;
  while (k < edits.size()) {
    while (k < edits.size() && edits[k].tag == ' ') ++k;
    if (k == edits.size()) break;
    size_t first = k >= kContext ? k - kContext : 0;
    size_t last = k;  // the last change of this hunk
    for (size_t q = k; q < edits.size() && q <= last + 2 * kContext; ++q) {
      if (edits[q].tag != ' ') last = q;
    }
    size_t end = std::min(edits.size(), last + kContext + 1);
    size_t a_count = 0, b_count = 0;
    for (size_t q = first; q < end; ++q) {
      a_count += edits[q].tag != '+';
      b_count += edits[q].tag != '-';
    }
    size_t a_start = a_count ? edits[first].a + 1 : edits[first].a, b_start = b_count ? edits[first].b + 1 : edits[first].b;
    out += fmt::format("@@ -{},{} +{},{} @@\n", a_start, a_count, b_start, b_count);
    for (size_t q = first; q < end; ++q) out += edits[q].tag + *edits[q].text + "\n";
    k = end;
  }
  return out;
}
}  // namespace

int run_fmt(const FmtArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  SourceMap sources;
  Diagnostics diags;
  auto files = collect_policy_files(args.paths);
  bool print = !args.write && !args.check && !args.diff;
  if (print && files.size() != 1) {
    err << "error: `custos fmt` prints one file; for several, use --write, --check or --diff\n";
    return kExitUsage;
  }
  std::vector<std::string> unformatted;
  for (const PolicyPath& p : files) {
    FileId id;
    if (!load_source(p, sources, diags, id, kMaxSourceBytes)) continue;
    auto formatted = format::format_file(id, sources, diags);
    if (!formatted) continue;
    const std::string& original = sources.file(id).text();
    if (print) {
      out << *formatted;
      continue;
    }
    if (*formatted == original) continue;
    unformatted.push_back(p.path);
    if (args.diff) out << unified_diff(p.path, original, *formatted);
    if (args.write) {
      std::ofstream f(p.path, std::ios::binary | std::ios::trunc);
      f << *formatted;
      if (!f) err << "error: cannot write `" << p.path << "`\n";
    }
  }
  if (diags.size() != 0) {
    DiagnosticOutput o;
    emit_diagnostics(diags, sources, o, err, term, files.size());
    return kExitFailure;
  }
  if (args.check) {
    for (const auto& f : unformatted) out << f << "\n";
    if (!unformatted.empty()) {
      std::string paths;
      for (const auto& p : args.paths) paths += " " + p;
      err << fmt::format("{} file{} not formatted; `custos fmt --write{}` formats {}, `--diff` shows the changes\n",
                         unformatted.size(), unformatted.size() == 1 ? " is" : "s are", paths,
                         unformatted.size() == 1 ? "it" : "them");
    }
    return unformatted.empty() ? kExitOk : kExitFailure;
  }
  if (args.write && !unformatted.empty()) err << fmt::format("formatted {} file{}\n", unformatted.size(), unformatted.size() == 1 ? "" : "s");
  return kExitOk;
}

}  // namespace custos::cli
