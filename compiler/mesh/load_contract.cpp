// ODCS v3 data contracts: each schema object becomes a product `<domain>.<object name>`.
#include <algorithm>
#include <cctype>

#include "mesh/load_data_product.h"
#include "mesh/load_mesh.h"
#include "mesh/yaml_reader.h"
#include "support/names.h"
#include "support/suggest.h"

namespace custos::mesh {

namespace {

const std::vector<std::string> kTopFields = {
    "version",   "kind",    "apiVersion", "id",       "name",          "tenant",           "tags",
    "status",    "servers", "dataProduct", "description", "domain",    "schema",           "support",
    "price",     "team",    "roles",      "slaDefaultElement", "slaProperties", "authoritativeDefinitions",
    "customProperties", "contractCreatedTs"};
const std::vector<std::string> kObjectFields = {
    "name", "id", "physicalType", "description", "businessName", "authoritativeDefinitions", "tags",
    "customProperties", "logicalType", "physicalName", "dataGranularityDescription", "properties", "quality",
    "relationships"};
const std::vector<std::string> kPropertyFields = {
    "name", "id", "physicalType", "physicalName", "description", "businessName", "authoritativeDefinitions", "tags",
    "customProperties", "primaryKey", "primaryKeyPosition", "logicalType", "logicalTypeOptions", "required", "unique",
    "partitioned", "partitionKeyPosition", "classification", "encryptedName", "transformSourceObjects",
    "transformLogic", "transformDescription", "examples", "criticalDataElement", "quality", "items", "properties",
    "relationships"};
const std::vector<std::string> kLogicalTypes = {"string", "integer", "number", "boolean", "date",
                                                "timestamp", "time", "array", "object"};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

constexpr const char* kNameHelp =
    "names use letters, digits, `_`, `-` and inner spaces (products are addressed as `<domain>.<name>`); "
    "they reach SQL, HTML and logs, so nothing else is allowed";

// Reports a name or label that breaks the rules of support/names.h; true when it is allowed.
bool check_name(YamlReader& r, const YAML::Node& at, const std::string& what, const std::string& text,
                NameKind kind = NameKind::Name) {
  return r.check_name(at, what, text, kind,
                      kind == NameKind::Name ? kNameHelp : "write it on one line, without control or invisible characters");
}

class ContractReader {
 public:
  ContractReader(YamlReader& r, const MeshConfig& cfg) : r_(r), cfg_(cfg) {}

  std::vector<std::string> tags(const YAML::Node& node, const std::string& what) {
    std::vector<std::string> out;
    if (!node.IsDefined() || node.IsNull()) return out;
    auto list = r_.strings(node, what);
    if (!list) return out;
    for (size_t i = 0; i < list->size(); ++i) {
      const std::string& t = (*list)[i];
      if (!cfg_.tags.contains(t)) {
        YAML::Node at = node.IsSequence() ? node[i] : node;
        auto& d = r_.diags().report(DiagCode::W0301, r_.span(at), "tag `" + t + "` is not in the mesh's tag taxonomy");
        std::string hint = did_you_mean(t, cfg_.tags.all());
        d.with_help(hint.empty() ? "add it under `tags` in custos.yaml, or rules cannot target it" : hint);
      }
      out.push_back(t);
    }
    return out;
  }

  // A schema object's or property's `description`: free text for people (editors show it). ODCS
  // makes it a string there; anything else is kept out rather than refused.
  static std::string description(const YAML::Node& n) {
    const YAML::Node& d = n["description"];
    return d.IsDefined() && d.IsScalar() ? d.Scalar() : std::string();
  }

  std::optional<Column> column(const YAML::Node& p) {
    if (!r_.expect_map(p, "a property")) return std::nullopt;
    r_.check_fields(p, kPropertyFields, "a property");
    auto name_node = r_.required(p, "name", "a property");
    if (!name_node) return std::nullopt;
    auto name = r_.string(*name_node, "`name`");
    if (!name) return std::nullopt;
    Column c;
    c.name = *name;
    c.span = r_.span(*name_node);
    if (!check_name(r_, *name_node, "column name", c.name)) return std::nullopt;
    std::string logical = "string";
    if (const YAML::Node& lt = p["logicalType"]; lt.IsDefined()) {
      auto v = r_.string(lt, "`logicalType`");
      if (!v) return std::nullopt;
      logical = *v;
      if (std::find(kLogicalTypes.begin(), kLogicalTypes.end(), logical) == kLogicalTypes.end()) {
        auto& d = r_.diags().report(DiagCode::E0305, r_.span(lt), "unknown logicalType `" + logical + "` for column `" + c.name + "`");
        std::string hint = did_you_mean(logical, kLogicalTypes);
        d.with_help(hint.empty() ? "ODCS logical types are string, integer, number, boolean, date, timestamp, time, array and object" : hint);
        return std::nullopt;
      }
    } else {
      r_.diags().report(DiagCode::E0304, c.span, "column `" + c.name + "` has no `logicalType`")
          .with_help("add `logicalType: string` (or integer, number, boolean, date, timestamp, time)");
      return std::nullopt;
    }
    if (const YAML::Node& pt = p["physicalType"]; pt.IsDefined()) {
      if (auto v = r_.string(pt, "`physicalType`")) c.physical_type = *v;
    }
    if (const YAML::Node& pn = p["physicalName"]; pn.IsDefined()) {
      if (auto v = r_.string(pn, "`physicalName`")) c.physical_name = *v;
    }
    c.description = description(p);
    static const std::pair<const char*, TypeKind> kMap[] = {
        {"string", TypeKind::String}, {"integer", TypeKind::Int},         {"number", TypeKind::Float},
        {"boolean", TypeKind::Bool},  {"date", TypeKind::Date},           {"timestamp", TypeKind::Timestamp},
        {"time", TypeKind::Time},     {"array", TypeKind::Opaque},        {"object", TypeKind::Opaque}};
    for (const auto& [n, k] : kMap) {
      if (logical == n) c.type = Type::of(k);
    }
    // ODCS v3.0 has no timestamp logical type: `date` with a timestamp physical type is one.
    if (c.type.kind == TypeKind::Date && lower(c.physical_type).find("timestamp") != std::string::npos) {
      c.type = Type::of(TypeKind::Timestamp);
    }
    if (const YAML::Node& req = p["required"]; req.IsDefined()) {
      if (auto v = r_.boolean(req, "`required`")) c.required = *v;
    }
    if (const YAML::Node& pk = p["primaryKey"]; pk.IsDefined()) {
      if (auto v = r_.boolean(pk, "`primaryKey`")) c.primary_key = *v;
    }
    if (const YAML::Node& cl = p["classification"]; cl.IsDefined()) {
      if (auto v = r_.string(cl, "`classification`")) {
        if (!check_name(r_, cl, "classification", *v, NameKind::Label)) return std::nullopt;
        c.classification = *v;
        c.classification_declared = true;
        ranked(cl, *v);
      }
    }
    c.tags_declared = p["tags"].IsDefined();
    c.tags = tags(p["tags"], "`tags`");
    sources(p["transformSourceObjects"], c);
    if (auto d = custom_property_node(p["customProperties"], "downgrade")) c.downgrade = downgrade(*d);
    return c;
  }

  // Warns about a classification that custos.yaml's ranking does not list (lineage cannot rank it).
  void ranked(const YAML::Node& at, const std::string& classification) {
    const auto& order = cfg_.classifications;
    if (order.empty() || std::find(order.begin(), order.end(), classification) != order.end()) return;
    auto& d = r_.diags().report(DiagCode::W0302, r_.span(at),
                                "classification `" + classification + "` is not ranked in custos.yaml's `classifications`");
    std::string hint = did_you_mean(classification, order);
    d.with_help(hint.empty() ? "add it to `classifications`; until then lineage ranks it above every other as a source "
                               "and below every other on a derived column"
                             : hint);
  }

  // `transformSourceObjects: [crm.customers.email, crm.customers]`: where the column's data comes
  // from. Resolved against the whole mesh once every contract is read (mesh/lineage.h).
  void sources(const YAML::Node& node, Column& c) {
    if (!node.IsDefined()) return;
    c.sources_declared = true;
    if (node.IsNull()) return;
    auto list = r_.strings(node, "`transformSourceObjects`");
    if (!list) return;
    for (size_t i = 0; i < list->size(); ++i) {
      YAML::Node at = node.IsSequence() ? node[i] : node;
      const std::string& text = (*list)[i];
      std::vector<std::string> parts;
      for (size_t start = 0;;) {
        size_t dot = text.find('.', start);
        parts.push_back(text.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
      }
      bool named = parts.size() == 2 || parts.size() == 3;
      for (const auto& part : parts) named = named && !part.empty() && name_problem(part).empty();
      if (!named) {
        r_.diags().report(DiagCode::E0305, r_.span(at), "lineage source `" + printable(text) + "` of column `" + c.name +
                                                            "` is not a product column")
            .with_help("write `<domain>.<product>.<column>`, or `<domain>.<product>` for its column of the same name");
        continue;
      }
      c.sources.push_back(ColumnSource{parts[0] + "." + parts[1], parts.size() == 3 ? parts[2] : c.name, r_.span(at)});
    }
  }

  // The custom property `downgrade`: who approved a derived column being less protected than its
  // sources, why, and exactly what it may lack.
  std::optional<Downgrade> downgrade(const YAML::Node& node) {
    static const std::vector<std::string> kFields = {"drops", "classification", "approvedBy", "reason"};
    if (!r_.expect_map(node, "the `downgrade` approval")) return std::nullopt;
    r_.check_fields(node, kFields, "the `downgrade` approval");
    Downgrade d;
    d.span = r_.span(node);
    d.drops = tags(node["drops"], "`drops`");
    d.classification = label(node["classification"], "`classification`");
    auto who = r_.required(node, "approvedBy", "the `downgrade` approval");
    auto why = r_.required(node, "reason", "the `downgrade` approval");
    if (!who || !why) return std::nullopt;
    d.approved_by = label(*who, "`approvedBy`");
    d.reason = label(*why, "`reason`");
    if (d.approved_by.empty() || d.reason.empty()) {
      r_.diags().report(DiagCode::E0305, d.span, "a `downgrade` approval needs a non-empty `approvedBy` and `reason`");
      return std::nullopt;
    }
    if (d.drops.empty() && d.classification.empty()) {
      r_.diags().report(DiagCode::E0305, d.span, "the `downgrade` approval approves nothing")
          .with_help("list the source tags the column may lack under `drops`, or the lower `classification` it may declare");
      return std::nullopt;
    }
    return d;
  }

  // ODCS `roles`: the first- and second-level approvers, who may approve a downgrade.
  std::vector<std::string> approvers(const YAML::Node& roles) {
    static const std::vector<std::string> kFields = {"role", "description", "access", "firstLevelApprovers",
                                                     "secondLevelApprovers", "customProperties"};
    std::vector<std::string> out;
    if (!roles.IsDefined() || roles.IsNull() || !r_.expect_sequence(roles, "`roles`")) return out;
    for (const auto& role : roles) {
      if (!r_.expect_map(role, "a role")) continue;
      r_.check_fields(role, kFields, "a role");
      for (const char* key : {"firstLevelApprovers", "secondLevelApprovers"}) {
        std::string who = label(role[key], std::string("`") + key + "`");
        if (!who.empty() && std::find(out.begin(), out.end(), who) == out.end()) out.push_back(who);
      }
    }
    return out;
  }

  std::string label(const YAML::Node& node, const std::string& what) { return r_.label(node, what); }

  // The value of ODCS `customProperties: [{property: <name>, value: ...}]` named `name`; a
  // property without a `value` is reported (E0304), never read as absent.
  std::optional<YAML::Node> custom_property_node(const YAML::Node& list, const std::string& name) {
    if (!list.IsDefined() || !list.IsSequence()) return std::nullopt;
    for (const auto& entry : list) {
      if (!entry.IsMap()) continue;
      const YAML::Node& key = entry["property"];
      if (!key.IsDefined() || !key.IsScalar() || key.Scalar() != name) continue;
      r_.check_fields(entry, {"property", "value", "description"}, "custom property `" + name + "`");
      return r_.required(entry, "value", "custom property `" + name + "`");
    }
    return std::nullopt;
  }

  // The one-line value of the custom property `name`, or "".
  std::string custom_property(const YAML::Node& list, const std::string& name) {
    auto v = custom_property_node(list, name);
    return v ? label(*v, "custom property `" + name + "`") : "";
  }

  // The contract-level facts every schema object of the contract shares.
  Product contract(const YAML::Node& root, const std::string& domain, const std::string& contract_id) {
    Product p;
    p.domain = domain;
    p.contract_id = contract_id;
    p.tags = tags(root["tags"], "`tags`");
    p.data_product = label(root["dataProduct"], "`dataProduct`");
    p.status = label(root["status"], "`status`");
    p.version = label(root["version"], "`version`");
    if (const YAML::Node& team = root["team"]; team.IsDefined() && team.IsMap()) p.owner = label(team["name"], "`team.name`");
    if (p.owner.empty()) p.owner = custom_property(root["customProperties"], "owner");
    p.classification = custom_property(root["customProperties"], "classification");
    p.approvers = approvers(root["roles"]);
    return p;
  }

  void object(const YAML::Node& o, const Product& contract, std::vector<Product>& out) {
    if (!r_.expect_map(o, "a schema object")) return;
    r_.check_fields(o, kObjectFields, "a schema object");
    auto name_node = r_.required(o, "name", "a schema object");
    if (!name_node) return;
    auto name = r_.string(*name_node, "`name`");
    if (!name) return;
    Product p = contract;
    p.name = *name;
    p.span = r_.span(*name_node);
    if (!check_name(r_, *name_node, "schema object name", p.name)) return;
    if (const YAML::Node& lt = o["logicalType"]; lt.IsDefined()) {
      auto v = r_.string(lt, "`logicalType`");
      if (v && *v != "object") {
        r_.diags().report(DiagCode::E0305, r_.span(lt), "a schema object's logicalType must be `object`, found `" + *v + "`");
      }
    }
    if (const YAML::Node& pn = o["physicalName"]; pn.IsDefined()) {
      if (auto v = r_.string(pn, "`physicalName`")) p.physical_name = *v;
    }
    p.description = description(o);
    for (auto& t : tags(o["tags"], "`tags`")) p.tags.push_back(t);
    if (std::string c = custom_property(o["customProperties"], "classification"); !c.empty()) p.classification = c;
    const YAML::Node& props = o["properties"];
    if (props.IsDefined() && !props.IsNull() && r_.expect_sequence(props, "`properties`")) {
      for (const auto& prop : props) {
        auto c = column(prop);
        if (!c) continue;
        if (const Column* prev = p.find_column(c->name)) {
          r_.diags().report(DiagCode::E0306, c->span, "column `" + c->name + "` is declared twice in `" + p.qualified() + "`")
              .label(prev->span, "first declared here");
          continue;
        }
        p.columns.push_back(std::move(*c));
      }
    }
    if (p.columns.empty()) {
      r_.diags().report(DiagCode::E0304, p.span, "product `" + p.qualified() + "` has no columns")
          .with_help("list its columns under `properties`");
      return;
    }
    out.push_back(std::move(p));
  }

 private:
  YamlReader& r_;
  const MeshConfig& cfg_;
};

}  // namespace

void load_contract(FileId file, const SourceMap& sources, const MeshConfig& config, Diagnostics& diags,
                   std::vector<Product>& out, std::vector<DataProductDecl>* data_products) {
  YamlReader r(file, sources, diags);
  auto doc = r.load();
  if (!doc) return;
  const YAML::Node& root = *doc;
  if (!r.expect_map(root, "a data contract")) return;
  if (const YAML::Node& kind = root["kind"]; kind.IsDefined()) {
    auto v = r.string(kind, "`kind`");
    if (v && *v == "DataProduct") {
      std::vector<DataProductDecl> unused;
      read_data_product(r, root, data_products ? *data_products : unused);
      return;
    }
    if (v && *v != "DataContract") {
      auto& d = r.diags().report(DiagCode::E0305, r.span(kind),
                                 "`kind` must be `DataContract` or `DataProduct`, found `" + printable(*v) + "`");
      std::string hint = did_you_mean(*v, {"DataContract", "DataProduct"});
      if (!hint.empty()) d.with_help(hint);
      return;
    }
  }
  r.check_fields(root, kTopFields, "a data contract");
  if (auto api = r.required(root, "apiVersion", "a data contract")) {
    auto v = r.string(*api, "`apiVersion`");
    if (!v) return;
    if (v->rfind("v3.", 0) != 0) {
      r.diags().report(DiagCode::E0305, r.span(*api), "unsupported apiVersion `" + *v + "`")
          .with_help("Custos reads Open Data Contract Standard v3 contracts (`apiVersion: v3.0.2` or later)");
      return;
    }
  } else {
    return;
  }
  auto domain_node = r.required(root, "domain", "a data contract");
  if (!domain_node) return;
  auto domain = r.string(*domain_node, "`domain`");
  if (!domain) return;
  if (!check_name(r, *domain_node, "domain", *domain)) return;
  if (*domain == "global") {
    r.diags().report(DiagCode::E0305, r.span(*domain_node), "invalid domain `global`")
        .with_help("`global` is reserved for the governance layer");
    return;
  }
  std::string id;
  if (const YAML::Node& idn = root["id"]; idn.IsDefined()) {
    if (auto v = r.string(idn, "`id`")) id = *v;
  }
  ContractReader reader(r, config);
  Product contract = reader.contract(root, *domain, id);
  auto schema = r.required(root, "schema", "a data contract");
  if (!schema || !r.expect_sequence(*schema, "`schema`")) return;
  for (const auto& o : *schema) reader.object(o, contract, out);
}

}  // namespace custos::mesh
