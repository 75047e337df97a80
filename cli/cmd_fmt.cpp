// `custos fmt PATH...`: print (one file), `--write`, `--check` (exit 1 and list files) or `--diff`.
#include <fmt/format.h>

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

// A minimal unified diff (whole file as one hunk with context) from an LCS table.
std::string unified_diff(const std::string& path, const std::string& a, const std::string& b) {
  auto x = lines_of(a), y = lines_of(b);
  size_t n = x.size(), m = y.size();
  std::vector<std::vector<uint32_t>> lcs(n + 1, std::vector<uint32_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  std::string out = fmt::format("--- {}\n+++ {} (formatted)\n@@ -1,{} +1,{} @@\n", path, path, n, m);
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] == y[j]) {
      out += " " + x[i++] + "\n";
      ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
      out += "+" + y[j++] + "\n";
    } else {
      out += "-" + x[i++] + "\n";
    }
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
    return unformatted.empty() ? kExitOk : kExitFailure;
  }
  if (args.write && !unformatted.empty()) err << fmt::format("formatted {} file{}\n", unformatted.size(), unformatted.size() == 1 ? "" : "s");
  return kExitOk;
}

}  // namespace custos::cli
