// Golden-file reading, comparison and regeneration.
#include "support/golden.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace custos::testing {

namespace fs = std::filesystem;

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> list_files(const std::string& dir, const std::string& extension) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == extension) out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

GoldenFile read_golden(const std::string& path, const std::string& root) {
  GoldenFile g;
  g.path = path;
  g.relative = fs::relative(path, root).generic_string();
  std::string text = read_text(path);
  g.comment = fs::path(path).extension() == ".yaml" ? "#" : "//";
  std::string marker = "\n" + g.comment + " " + kExpectedMarker + "\n";
  size_t at = text.find(marker);
  if (at == std::string::npos) {
    g.input = text;
    return g;
  }
  g.input = text.substr(0, at + 1);
  std::istringstream rest(text.substr(at + marker.size()));
  std::string line;
  while (std::getline(rest, line)) {
    if (line.rfind(g.comment + " ", 0) == 0) {
      g.expected += line.substr(g.comment.size() + 1) + "\n";
    } else if (line == g.comment) {
      g.expected += "\n";
    }
  }
  return g;
}

bool check_golden(const GoldenFile& g, const std::string& actual, std::string& diff) {
  if (actual == g.expected) return true;
  const char* update = std::getenv("CUSTOS_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream out(g.path, std::ios::binary);
    out << g.input << g.comment << " " << kExpectedMarker << "\n";
    std::istringstream lines(actual);
    std::string line;
    while (std::getline(lines, line)) out << (line.empty() ? g.comment : g.comment + " " + line) << "\n";
    return true;
  }
  diff = "--- expected\n" + g.expected + "+++ actual\n" + actual;
  return false;
}

std::vector<std::string> split_args(const std::string& line) {
  std::vector<std::string> args;
  std::istringstream in(line);
  std::string a;
  while (in >> a) args.push_back(a);
  return args;
}

}  // namespace custos::testing
