// custos.yaml: the principal and context schema, the tag taxonomy, sensitivity, and where
// contracts and policies live.
#include <algorithm>
#include <filesystem>

#include "mesh/load_mesh.h"
#include "mesh/yaml_reader.h"
#include "support/suggest.h"

namespace custos::mesh {

namespace {

const std::vector<std::string> kConfigFields = {"mesh", "contracts", "policies", "principal", "context", "tags", "sensitive",
                                                  "classifications", "downgrade_approvers"};

void read_attributes(YamlReader& r, const YAML::Node& node, const std::string& what, std::vector<Attribute>& out) {
  if (!node.IsDefined() || node.IsNull()) return;
  if (!r.expect_map(node, "`" + what + "`")) return;
  for (auto it = node.begin(); it != node.end(); ++it) {
    auto name = r.string(it->first, "an attribute name");
    if (!name) continue;
    auto text = r.string(it->second, "the type of `" + what + "." + *name + "`");
    if (!text) continue;
    std::string type_text = *text;
    if (!r.check_name(it->first, "attribute name", *name, NameKind::Name,
                      "attribute names use letters, digits, `_`, `-` and inner spaces; they become SQL columns and JSON keys")) {
      continue;
    }
    Attribute a;
    a.name = *name;
    a.span = r.span(it->first);
    if (!type_text.empty() && type_text.back() == '?') {
      a.optional = true;
      type_text.pop_back();
    }
    std::string why;
    auto type = parse_type(type_text, &why);
    if (!type) {
      r.diags().report(DiagCode::E0305, r.span(it->second), "invalid type for `" + what + "." + *name + "`: " + why)
          .with_help("for example `string`, `int`, `set<string>`, `enum(EU, US)`, or `date?` for an optional attribute");
      continue;
    }
    a.type = *type;
    bool bad_value = false;
    for (const auto& v : type->enum_values ? *type->enum_values : std::vector<std::string>{}) {
      bad_value = bad_value || !r.check_name(it->second, "enum value of `" + what + "." + *name + "`", v, NameKind::Label, "");
    }
    if (bad_value) continue;
    bool dup = false;
    for (const auto& prev : out) {
      if (prev.name == a.name) {
        r.diags().report(DiagCode::E0306, a.span, "attribute `" + what + "." + a.name + "` is declared twice").label(prev.span, "first declared here");
        dup = true;
      }
    }
    if (!dup) out.push_back(std::move(a));
  }
}

bool valid_tag_segment(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')) return false;
  }
  return true;
}

void read_tags(YamlReader& r, const YAML::Node& node, const std::string& prefix, TagTaxonomy& out, int depth) {
  if (!node.IsDefined() || node.IsNull()) return;
  if (depth > 16) {
    r.diags().report(DiagCode::E0305, r.span(node), "the tag taxonomy is nested more than 16 levels deep");
    return;
  }
  auto add = [&](const YAML::Node& key_node, const std::string& segment) -> std::optional<std::string> {
    if (!valid_tag_segment(segment)) {
      r.diags().report(DiagCode::E0305, r.span(key_node), "invalid tag name `" + segment + "`")
          .with_help("tag names use letters, digits, `_` and `-`; nest them to build paths such as `pii.direct`");
      return std::nullopt;
    }
    std::string path = prefix.empty() ? segment : prefix + "." + segment;
    out.add(path, r.span(key_node));
    return path;
  };
  if (node.IsSequence()) {
    for (const auto& item : node) {
      if (item.IsScalar()) {
        add(item, item.Scalar());
      } else if (item.IsMap()) {
        read_tags(r, item, prefix, out, depth + 1);
      } else {
        r.diags().report(DiagCode::E0303, r.span(item), "a tag must be a name or a mapping of names to sub-tags");
      }
    }
    return;
  }
  if (!r.expect_map(node, "`tags`")) return;
  for (auto it = node.begin(); it != node.end(); ++it) {
    auto name = r.string(it->first, "a tag name");
    if (!name) continue;
    if (auto path = add(it->first, *name)) read_tags(r, it->second, *path, out, depth + 1);
  }
}

// `classifications: [public, internal, confidential, restricted]`: least to most protected. Every
// sensitive classification must be one of them, or lineage could not rank it.
void read_classifications(YamlReader& r, const YAML::Node& node, MeshConfig& cfg) {
  if (!node.IsDefined() || node.IsNull()) return;
  auto v = r.strings(node, "`classifications`");
  if (!v) return;
  for (size_t i = 0; i < v->size(); ++i) {
    YAML::Node at = node.IsSequence() ? node[i] : node;
    const std::string& c = (*v)[i];
    if (!r.check_name(at, "classification", c, NameKind::Label, "write it on one line, as contracts spell it")) continue;
    if (std::find(cfg.classifications.begin(), cfg.classifications.end(), c) != cfg.classifications.end()) {
      r.diags().report(DiagCode::E0306, r.span(at), "classification `" + c + "` is listed twice")
          .with_help("`classifications` ranks each classification once, from least to most protected");
      continue;
    }
    cfg.classifications.push_back(c);
  }
  for (const std::string& s : cfg.sensitive_classifications) {
    if (std::find(cfg.classifications.begin(), cfg.classifications.end(), s) != cfg.classifications.end()) continue;
    auto& d = r.diags().report(DiagCode::E0305, r.span(node), "sensitive classification `" + s + "` is not ranked in `classifications`");
    std::string hint = did_you_mean(s, cfg.classifications);
    d.with_help(hint.empty() ? "add it to `classifications`, in its place from least to most protected" : hint);
  }
}

}  // namespace

std::optional<MeshConfig> load_config(FileId file, const SourceMap& sources, Diagnostics& diags) {
  YamlReader r(file, sources, diags);
  size_t errors_before = diags.error_count();
  auto doc = r.load();
  if (!doc) return std::nullopt;
  if (!r.expect_map(*doc, "the mesh configuration")) return std::nullopt;
  const YAML::Node& root = *doc;
  r.check_fields(root, kConfigFields, "the mesh configuration");

  MeshConfig cfg;
  cfg.file = file;
  cfg.root = std::filesystem::path(sources.file(file).path()).parent_path().string();
  if (cfg.root.empty()) cfg.root = ".";
  if (root["mesh"]) {
    if (auto n = r.string(root["mesh"], "`mesh`")) {
      if (r.check_name(root["mesh"], "mesh name", *n, NameKind::Name, "names use letters, digits, `_`, `-` and inner spaces")) {
        cfg.name = *n;
      }
    }
  }
  cfg.contract_dirs = {"contracts"};
  cfg.policy_dirs = {"policies"};
  if (root["contracts"]) {
    if (auto v = r.strings(root["contracts"], "`contracts`")) cfg.contract_dirs = *v;
  }
  if (root["policies"]) {
    if (auto v = r.strings(root["policies"], "`policies`")) cfg.policy_dirs = *v;
  }
  read_attributes(r, root["principal"], "principal", cfg.principal);
  read_attributes(r, root["context"], "context", cfg.context);
  read_tags(r, root["tags"], "", cfg.tags, 0);
  if (const YAML::Node& s = root["sensitive"]; s.IsDefined() && !s.IsNull()) {
    if (r.expect_map(s, "`sensitive`")) {
      r.check_fields(s, {"tags", "classifications"}, "`sensitive`");
      if (s["tags"]) {
        if (auto v = r.strings(s["tags"], "`sensitive.tags`")) {
          for (size_t i = 0; i < v->size(); ++i) {
            const std::string& t = (*v)[i];
            if (!cfg.tags.contains(t)) {
              YAML::Node at = s["tags"].IsSequence() ? s["tags"][i] : s["tags"];
              r.diags().report(DiagCode::E0307, r.span(at), "sensitive tag `" + t + "` is not in the tag taxonomy");
            }
          }
          cfg.sensitive_tags = *v;
        }
      }
      if (s["classifications"]) {
        if (auto v = r.strings(s["classifications"], "`sensitive.classifications`")) cfg.sensitive_classifications = *v;
      }
    }
  }
  read_classifications(r, root["classifications"], cfg);
  if (const YAML::Node& a = root["downgrade_approvers"]; a.IsDefined() && !a.IsNull()) {
    if (auto v = r.strings(a, "`downgrade_approvers`")) {
      for (size_t i = 0; i < v->size(); ++i) {
        if (r.check_name(a.IsSequence() ? a[i] : a, "downgrade approver", (*v)[i], NameKind::Label,
                         "write it on one line, as the contracts' `roles` name the approver")) {
          cfg.downgrade_approvers.push_back((*v)[i]);
        }
      }
    }
  }
  if (diags.error_count() != errors_before) return std::nullopt;
  return cfg;
}

}  // namespace custos::mesh
