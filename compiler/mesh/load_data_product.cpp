// ODPS v1 data products: which contracts a product reads (input ports) and publishes (output ports).
#include "mesh/load_data_product.h"

namespace custos::mesh {

namespace {

const std::vector<std::string> kTopFields = {
    "apiVersion", "kind",    "id",         "name",       "version",         "status",
    "domain",     "tenant",  "authoritativeDefinitions", "description",     "customProperties",
    "tags",       "inputPorts", "outputPorts", "managementPorts", "support", "team",
    "productCreatedTs"};
const std::vector<std::string> kInputFields = {"name", "version", "contractId", "tags", "customProperties",
                                               "authoritativeDefinitions"};
const std::vector<std::string> kOutputFields = {"name",          "description", "type", "version", "contractId", "sbom",
                                                "inputContracts", "tags",        "customProperties",
                                                "authoritativeDefinitions"};

// The ports under `key`; a port needs a `name` and the `contractId` it reads or publishes.
std::vector<DataProductPort> ports(YamlReader& r, const YAML::Node& root, const char* key,
                                   const std::vector<std::string>& fields) {
  std::vector<DataProductPort> out;
  const YAML::Node& list = root[key];
  if (!list.IsDefined() || list.IsNull()) return out;
  std::string what = std::string("`") + key + "`";
  if (!r.expect_sequence(list, what)) return out;
  std::string port = std::string(key) == "inputPorts" ? "an input port" : "an output port";
  for (const auto& node : list) {
    if (!r.expect_map(node, port)) continue;
    r.check_fields(node, fields, port);
    auto name = r.required(node, "name", port);
    auto contract = r.required(node, "contractId", port);
    if (!name || !contract) continue;
    DataProductPort p{r.label(*name, "`name`"), r.label(*contract, "`contractId`"), r.span(*contract), {}};
    if (p.name.empty() || p.contract_id.empty()) continue;
    if (const YAML::Node& deps = node["inputContracts"]; deps.IsDefined() && !deps.IsNull() &&
                                                         r.expect_sequence(deps, "`inputContracts`")) {
      for (const auto& dep : deps) {
        if (!r.expect_map(dep, "an input contract")) continue;
        r.check_fields(dep, {"id", "version"}, "an input contract");
        if (auto dep_id = r.required(dep, "id", "an input contract")) {
          std::string text = r.label(*dep_id, "`id`");
          if (!text.empty()) p.input_contracts.push_back(DataProductPort{p.name, text, r.span(*dep_id), {}});
        }
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

void read_data_product(YamlReader& r, const YAML::Node& root, std::vector<DataProductDecl>& out) {
  r.check_fields(root, kTopFields, "a data product");
  auto api = r.required(root, "apiVersion", "a data product");
  if (!api) return;
  auto version = r.string(*api, "`apiVersion`");
  if (!version) return;
  if (*version != "v0.9.0" && version->rfind("v1.", 0) != 0) {
    r.diags().report(DiagCode::E0305, r.span(*api), "unsupported apiVersion `" + printable(*version) + "` for a data product")
        .with_help("Custos reads Open Data Product Standard data products (`apiVersion: v1.0.0`)");
    return;
  }
  auto id = r.required(root, "id", "a data product");
  if (!id) return;
  DataProductDecl d;
  d.id = r.label(*id, "`id`");
  d.span = r.span(*id);
  if (d.id.empty()) return;
  if (const YAML::Node& name = root["name"]; name.IsDefined()) d.name = r.label(name, "`name`");
  if (d.name.empty()) d.name = d.id;
  d.inputs = ports(r, root, "inputPorts", kInputFields);
  d.outputs = ports(r, root, "outputPorts", kOutputFields);
  out.push_back(std::move(d));
}

}  // namespace custos::mesh
