// The peer workload generator. Every rule is drawn from a few templates, each written once for
// Custos and once for Cedar with the same meaning. Attributes are always present and well typed,
// so that no evaluation error can occur: Cedar skips a policy that errs (also a forbid), Custos
// fails closed, and the comparison must not depend on that difference.
#include "workload.h"

#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <vector>

#include <nlohmann/json.hpp>

namespace custos::peer {

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr int kDomains = 8;
const std::vector<std::string> kRoles = {"analyst", "engineer", "agent", "contractor", "steward"};
const std::vector<std::string> kPurposes = {"audit", "reporting", "fraud", "research"};
const std::vector<std::string> kRegions = {"EU", "US", "APAC"};
const std::vector<std::string> kCountries = {"DE", "FR", "US", "JP", "BR", "IN"};
const std::vector<std::string> kClassifications = {"public", "internal", "restricted"};

// Deterministic everywhere: only the engine's raw output is used (no std distributions).
class Rng {
 public:
  explicit Rng(uint64_t seed) : g_(seed) {}
  int below(int n) { return static_cast<int>(g_() % static_cast<uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
  template <class T>
  const T& pick(const std::vector<T>& xs) { return xs[static_cast<size_t>(below(static_cast<int>(xs.size())))]; }

 private:
  std::mt19937_64 g_;
};

struct Product {
  std::string name, domain, classification;
  std::vector<std::string> tags;
};

struct Rule {
  std::string custos, cedar;
};

std::string q(const std::string& s) { return "\"" + s + "\""; }

void write_file(const fs::path& p, const std::string& text) {
  std::ofstream f(p, std::ios::binary | std::ios::trunc);
  f << text;
  if (!f) throw std::runtime_error("cannot write " + p.string());
}

// The Cedar scope for one product.
std::string scope(const Product& p) {
  return "(principal, action == Action::\"select\", resource == Product::" + q(p.name) + ")";
}

// A rule on one product: Custos text (in the product's domain file) and Cedar text.
Rule product_rule(Rng& rng, const Product& p, const std::string& id) {
  const std::string target = "select on " + p.name;
  const std::string at = "@id(" + q(id) + ")\n";
  int k = 1 + rng.below(4);
  switch (rng.below(20)) {
    case 0: case 1: case 2: case 3: case 4: {
      std::string role = rng.pick(kRoles);
      return {at + "permit " + target + " when " + q(role) + " in principal.roles and principal.clearance >= " + std::to_string(k) + ";\n",
              at + "permit " + scope(p) + " when { principal.roles.contains(" + q(role) + ") && principal.clearance >= " +
                  std::to_string(k) + " };\n"};
    }
    case 5: case 6: case 7: case 8:
      return {at + "permit " + target + " when principal.domain == " + q(p.domain) + ";\n",
              at + "permit " + scope(p) + " when { principal.domain == " + q(p.domain) + " };\n"};
    case 9: case 10: case 11: {
      std::string purpose = rng.pick(kPurposes), region = rng.pick(kRegions);
      return {at + "permit " + target + " when " + q(purpose) + " in context.purposes and principal.region == " + q(region) + ";\n",
              at + "permit " + scope(p) + " when { context.purposes.contains(" + q(purpose) + ") && principal.region == " +
                  q(region) + " };\n"};
    }
    case 12: case 13: case 14:
      return {at + "forbid " + target + " unless principal.clearance >= " + std::to_string(k) + ";\n",
              at + "forbid " + scope(p) + " unless { principal.clearance >= " + std::to_string(k) + " };\n"};
    case 15: case 16: {
      std::string role = rng.pick(kRoles);
      return {at + "forbid " + target + " when " + q(role) + " in principal.roles;\n",
              at + "forbid " + scope(p) + " when { principal.roles.contains(" + q(role) + ") };\n"};
    }
    default:
      return {at + "permit " + target + " when principal.clearance >= " + std::to_string(k) + " or principal.domain == " + q(p.domain) + ";\n",
              at + "permit " + scope(p) + " when { principal.clearance >= " + std::to_string(k) + " || principal.domain == " +
                  q(p.domain) + " };\n"};
  }
}

}  // namespace

void write_workload(const std::string& dir, const WorkloadOptions& o) {
  if (o.rules < 5) throw std::invalid_argument("a workload needs at least 5 rules (3 global, the row rule, one more)");
  Rng rng(o.seed ^ static_cast<uint64_t>(o.rules));
  fs::path root(dir);
  fs::remove_all(root);
  for (const char* sub : {"custos/contracts", "custos/policies", "cedar"}) fs::create_directories(root / sub);

  // Products: about one per four rules. Product 0 (the row-filter product) has no tags, so that
  // only its own rule decides it.
  const int n_products = std::max(kDomains, o.rules / 4);
  std::vector<Product> products;
  for (int i = 0; i < n_products; ++i) {
    Product p;
    p.domain = "d" + std::to_string(i % kDomains);
    p.name = p.domain + ".p" + std::to_string(i);
    p.classification = i == 0 ? "internal" : rng.pick(kClassifications);
    if (p.classification == "restricted") p.tags.push_back("restricted");
    if (i != 0 && rng.chance(30)) p.tags.push_back("eu");
    if (i != 0 && rng.chance(20)) p.tags.push_back("finance");
    products.push_back(p);
  }

  // The Custos mesh.
  write_file(root / "custos/custos.yaml", R"(# Generated by custos_workload: the peer benchmark's mesh.
mesh: peer
contracts: [contracts]
policies: [policies]
principal:
  id: string
  roles: set<string>
  domain: string
  clearance: int
  region: enum(EU, US, APAC)
  country: string
context:
  purposes: set<string>
tags:
  eu:
  finance:
  restricted:
  pii:
sensitive:
  tags: [pii]
)");
  std::string products_jsonl;
  for (size_t i = 0; i < products.size(); ++i) {
    const Product& p = products[i];
    std::string tags;
    for (const auto& t : p.tags) tags += (tags.empty() ? "" : ", ") + t;
    std::string short_name = p.name.substr(p.name.find('.') + 1);
    write_file(root / "custos/contracts" / ("c" + std::to_string(i) + ".yaml"),
               "apiVersion: v3.0.2\nkind: DataContract\nid: c" + std::to_string(i) + "\nversion: 1.0.0\nstatus: active\ndomain: " +
                   p.domain + "\n" + (tags.empty() ? "" : "tags: [" + tags + "]\n") + "schema:\n  - name: " + short_name +
                   "\n    properties:\n"
                   "      - {name: id, logicalType: integer, required: true, primaryKey: true}\n"
                   "      - {name: country, logicalType: string, required: true}\n"
                   "      - {name: amount, logicalType: number}\n"
                   "      - {name: email, logicalType: string, tags: [pii], classification: " + p.classification + "}\n"
                   "      - {name: note, logicalType: string}\n");
    products_jsonl += json{{"name", p.name}, {"domain", p.domain}, {"classification", p.classification}, {"tags", p.tags}}.dump() + "\n";
  }
  write_file(root / "products.jsonl", products_jsonl);

  // Rules: three global ones, the row rule, and the rest on random products (never product 0).
  std::vector<std::string> domain_files(kDomains);
  std::string global = "domain global;\n\n", cedar;
  auto add_global = [&](const std::string& id, const std::string& custos_text, const std::string& cedar_text) {
    global += "@id(" + q(id) + ")\n" + custos_text;
    cedar += "@id(" + q(id) + ")\n" + cedar_text;
  };
  const std::string any = "(principal, action == Action::\"select\", resource)";
  add_global("g-restricted", "forbid select on products tagged restricted unless principal.clearance >= 3;\n",
             "forbid " + any + " when { resource.classification == \"restricted\" } unless { principal.clearance >= 3 };\n");
  add_global("g-eu", "forbid select on products tagged eu unless principal.region == \"EU\";\n",
             "forbid " + any + " when { resource.tags.contains(\"eu\") } unless { principal.region == \"EU\" };\n");
  add_global("g-finance", "forbid select on products tagged finance when \"contractor\" in principal.roles unless \"audit\" in context.purposes;\n",
             "forbid " + any + " when { resource.tags.contains(\"finance\") && principal.roles.contains(\"contractor\") } unless { context.purposes.contains(\"audit\") };\n");
  domain_files[0] += "@id(\"rows\")\npermit select on " + std::string(kRowProduct) +
                     " when \"analyst\" in principal.roles rows where country == principal.country;\n";
  cedar += "@id(\"rows\")\npermit " + scope(products[0]) + " when { principal.roles.contains(\"analyst\") };\n";
  for (int r = 4; r < o.rules; ++r) {
    const Product& p = products[static_cast<size_t>(1 + rng.below(n_products - 1))];
    Rule rule = product_rule(rng, p, "r" + std::to_string(r));
    domain_files[static_cast<size_t>(std::stoi(p.domain.substr(1)))] += rule.custos;
    cedar += rule.cedar;
  }
  write_file(root / "custos/policies/global.custos", global);
  for (int d = 0; d < kDomains; ++d) {
    if (!domain_files[static_cast<size_t>(d)].empty()) {
      write_file(root / "custos/policies" / ("d" + std::to_string(d) + ".custos"),
                 "domain d" + std::to_string(d) + ";\n\n" + domain_files[static_cast<size_t>(d)]);
    }
  }

  // Cedar: the schema, the same rules, and the row rule as a policy over rows.
  write_file(root / "cedar/schema.cedarschema", R"(// Generated by custos_workload: the peer benchmark's schema.
entity User = { id: String, roles: Set<String>, domain: String, clearance: Long, region: String, country: String };
entity Product = { domain: String, classification: String, tags: Set<String> };
entity Row = { country: String };
action "select" appliesTo { principal: [User], resource: [Product], context: { purposes: Set<String> } };
action "read_row" appliesTo { principal: [User], resource: [Row], context: {} };
)");
  write_file(root / "cedar/policies.cedar", cedar);
  write_file(root / "cedar/rows.cedar",
             "// A row is visible when the `rows` rule's predicate holds (the principal passes its permit).\n"
             "@id(\"rows\")\npermit (principal, action == Action::\"read_row\", resource) when { resource.country == principal.country };\n");

  // Principals: every attribute present. Principal 0 reads the row product.
  std::string principals;
  for (int i = 0; i < o.principals; ++i) {
    std::vector<std::string> roles;
    for (const auto& r : kRoles) {
      if (rng.chance(35)) roles.push_back(r);
    }
    json p = {{"id", "u" + std::to_string(i)},
              {"roles", roles},
              {"domain", "d" + std::to_string(rng.below(kDomains))},
              {"clearance", rng.below(5)},
              {"region", rng.pick(kRegions)},
              {"country", rng.pick(kCountries)}};
    if (i == kRowPrincipal) {
      p["roles"] = std::vector<std::string>{"analyst"};
      p["country"] = "DE";
    }
    principals += p.dump() + "\n";
  }
  write_file(root / "principals.jsonl", principals);

  std::string requests;
  for (int i = 0; i < o.requests; ++i) {
    std::vector<std::string> purposes;
    for (const auto& p : kPurposes) {
      if (rng.chance(30)) purposes.push_back(p);
    }
    requests += json{{"principal", rng.below(o.principals)},
                     {"purposes", purposes},
                     {"product", products[static_cast<size_t>(rng.below(n_products))].name}}
                    .dump() +
                "\n";
  }
  write_file(root / "requests.jsonl", requests);

  std::ofstream rows(root / "rows.csv", std::ios::binary | std::ios::trunc);
  rows << "id,country,amount,email,note\n";
  for (int i = 0; i < o.rows; ++i) {
    rows << i << ',' << rng.pick(kCountries) << ',' << rng.below(100000) / 100.0 << ",user" << i << "@example.com,n" << (i % 97) << '\n';
  }
  if (!rows) throw std::runtime_error("cannot write rows.csv");

  write_file(root / "workload.json", json{{"rules", o.rules},
                                          {"products", n_products},
                                          {"principals", o.principals},
                                          {"requests", o.requests},
                                          {"rows", o.rows},
                                          {"seed", o.seed},
                                          {"row_product", kRowProduct},
                                          {"row_principal", kRowPrincipal}}
                                         .dump(2) + "\n");
}

}  // namespace custos::peer
