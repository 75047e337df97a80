// Positioned YAML access on top of yaml-cpp.
#include "mesh/yaml_reader.h"

#include "support/suggest.h"

namespace custos::mesh {

namespace {
// yaml-cpp counts columns in bytes; our spans count code points.
uint32_t code_point_col(const SourceFile& f, uint32_t line, int byte_col) {
  std::string_view text = f.line(line);
  size_t b = std::min<size_t>(static_cast<size_t>(std::max(byte_col, 0)), text.size());
  return count_code_points(text.substr(0, b)) + 1;
}

std::string shape(const YAML::Node& n) {
  if (!n.IsDefined() || n.IsNull()) return "nothing";
  if (n.IsMap()) return "a mapping";
  if (n.IsSequence()) return "a list";
  return "`" + n.Scalar() + "`";
}
}  // namespace

std::optional<YAML::Node> YamlReader::load() {
  const SourceFile& f = sources_.file(file_);
  if (auto bad = find_invalid_utf8(f.text())) {
    auto [line, col] = line_col_at(f.text(), *bad);
    diags_.report(DiagCode::E0001, Span::point(file_, line, col), "file is not valid UTF-8").with_help("save the file as UTF-8");
    return std::nullopt;
  }
  // YAML streams cannot hold NUL; yaml-cpp would also take leading NULs as a UTF-16/32 byte
  // order and decode garbage, so refuse them before it sees the text.
  if (size_t nul = f.text().find('\0'); nul != std::string::npos) {
    auto [line, col] = line_col_at(f.text(), nul);
    diags_.report(DiagCode::E0301, Span::point(file_, line, col), "invalid YAML: the file contains a NUL byte")
        .with_help("YAML files are UTF-8 text");
    return std::nullopt;
  }
  try {
    return YAML::Load(f.text());
  } catch (const YAML::ParserException& e) {
    uint32_t line = static_cast<uint32_t>(e.mark.line + 1);
    Span at = e.mark.is_null() ? Span{file_, 1, 1, 1, 2} : Span::point(file_, line, code_point_col(f, line, e.mark.column));
    diags_.report(DiagCode::E0301, at, "invalid YAML: " + e.msg);
  } catch (const YAML::Exception& e) {
    diags_.report(DiagCode::E0301, Span{file_, 1, 1, 1, 2}, std::string("invalid YAML: ") + e.what());
  }
  return std::nullopt;
}

Span YamlReader::span(const YAML::Node& node) const {
  if (!node.IsDefined()) return file_span();  // a missing key (yaml-cpp throws on its Mark)
  YAML::Mark m = node.Mark();
  if (m.is_null() || m.line < 0) return file_span();
  const SourceFile& f = sources_.file(file_);
  uint32_t line = static_cast<uint32_t>(m.line + 1);
  uint32_t col = code_point_col(f, line, m.column);
  uint32_t width = 1;
  if (node.IsScalar()) width = std::max<uint32_t>(1, count_code_points(node.Scalar()));
  return Span{file_, line, col, line, col + width};
}

void YamlReader::check_fields(const YAML::Node& map, const std::vector<std::string>& known, const std::string& what) {
  if (!map.IsMap()) return;
  for (auto it = map.begin(); it != map.end(); ++it) {
    if (!it->first.IsScalar()) continue;
    std::string key = it->first.Scalar();
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    auto& d = diags_.report(DiagCode::E0302, span(it->first), "unknown field `" + key + "` in " + what);
    std::string hint = did_you_mean(key, known);
    d.with_help(hint.empty() ? "remove it; see docs/mesh.md for the fields of " + what : hint);
  }
}

bool YamlReader::expect_map(const YAML::Node& node, const std::string& what) {
  if (node.IsDefined() && node.IsMap()) return true;
  diags_.report(DiagCode::E0303, span(node), what + " must be a mapping, found " + shape(node));
  return false;
}

bool YamlReader::expect_sequence(const YAML::Node& node, const std::string& what) {
  if (node.IsDefined() && node.IsSequence()) return true;
  diags_.report(DiagCode::E0303, span(node), what + " must be a list, found " + shape(node));
  return false;
}

std::optional<std::string> YamlReader::string(const YAML::Node& node, const std::string& what) {
  if (node.IsDefined() && node.IsScalar()) return node.Scalar();
  diags_.report(DiagCode::E0303, span(node), what + " must be a string, found " + shape(node));
  return std::nullopt;
}

std::optional<bool> YamlReader::boolean(const YAML::Node& node, const std::string& what) {
  bool v = false;
  if (node.IsDefined() && node.IsScalar() && YAML::convert<bool>::decode(node, v)) return v;
  diags_.report(DiagCode::E0303, span(node), what + " must be `true` or `false`, found " + shape(node));
  return std::nullopt;
}

std::optional<std::vector<std::string>> YamlReader::strings(const YAML::Node& node, const std::string& what) {
  std::vector<std::string> out;
  if (!node.IsDefined() || node.IsNull()) return out;
  if (node.IsScalar()) {
    out.push_back(node.Scalar());
    return out;
  }
  if (!node.IsSequence()) {
    diags_.report(DiagCode::E0303, span(node), what + " must be a list of strings, found " + shape(node));
    return std::nullopt;
  }
  for (const auto& item : node) {
    auto s = string(item, "each entry of " + what);
    if (!s) return std::nullopt;
    out.push_back(*s);
  }
  return out;
}

std::optional<YAML::Node> YamlReader::required(const YAML::Node& map, const std::string& key, const std::string& what) {
  YAML::Node v = map[key];
  if (v.IsDefined() && !v.IsNull()) return v;
  diags_.report(DiagCode::E0304, span(map), what + " has no `" + key + "`");
  return std::nullopt;
}

std::string YamlReader::label(const YAML::Node& node, const std::string& what) {
  if (!node.IsDefined() || node.IsNull()) return "";
  auto v = string(node, what);
  if (!v || !check_name(node, what, *v, NameKind::Label, "write it on one line, without control or invisible characters")) {
    return "";
  }
  return *v;
}

bool YamlReader::check_name(const YAML::Node& at, const std::string& what, const std::string& text, NameKind kind,
                            const std::string& help) {
  std::string problem = name_problem(text, kind);
  if (problem.empty()) return true;
  auto& d = diags_.report(DiagCode::E0309, span(at), what + " `" + printable(text) + "` " + problem);
  if (!help.empty()) d.with_help(help);
  return false;
}

}  // namespace custos::mesh
