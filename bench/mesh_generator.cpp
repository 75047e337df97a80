// The synthetic mesh behind the checking benchmark.
#include "mesh_generator.h"

#include <filesystem>
#include <fstream>
#include <string>

namespace custos::bench {

namespace fs = std::filesystem;

GeneratedMesh generate_mesh(int contracts, int rules, int domains) {
  GeneratedMesh g;
  g.contracts = contracts;
  g.rules = rules;
  fs::path root = fs::temp_directory_path() / ("custos-bench-" + std::to_string(contracts) + "-" + std::to_string(rules));
  fs::remove_all(root);
  fs::create_directories(root / "contracts");
  fs::create_directories(root / "policies");
  g.root = root.string();
  std::ofstream(root / "custos.yaml") << R"(mesh: bench
principal:
  id: string
  roles: set<string>
  region: enum(EU, US, APAC)
  clearance: int
  country: string
context:
  purposes: set<string>
  now: timestamp
tags:
  pii: [direct, quasi]
  secret:
  restricted:
sensitive:
  tags: [pii, secret]
)";
  for (int c = 0; c < contracts; ++c) {
    std::ofstream out(root / "contracts" / ("c" + std::to_string(c) + ".yaml"));
    out << "apiVersion: v3.0.2\nkind: DataContract\nid: c" << c << "\nversion: 1.0.0\nstatus: active\n"
        << "domain: d" << (c % domains) << "\n" << (c % 10 == 0 ? "tags: [restricted]\n" : "")
        << "schema:\n  - name: p" << c << "\n    properties:\n"
        << "      - {name: id, logicalType: integer, required: true, primaryKey: true}\n"
        << "      - {name: email, logicalType: string, tags: [pii.direct]}\n"
        << "      - {name: phone, logicalType: string, tags: [pii.direct]}\n"
        << "      - {name: birth_date, logicalType: date, tags: [pii.quasi]}\n"
        << "      - {name: country, logicalType: string, required: true}\n"
        << "      - {name: amount, logicalType: number}\n"
        << "      - {name: created_at, logicalType: timestamp}\n"
        << "      - {name: is_minor, logicalType: boolean}\n"
        << "      - {name: tax_id, logicalType: string, tags: [secret]}\n"
        << "      - {name: notes, logicalType: string}\n";
  }
  // Domain files: each rule targets one of the domain's own products.
  int per_domain = rules / domains;
  for (int d = 0; d < domains; ++d) {
    std::ofstream out(root / "policies" / ("d" + std::to_string(d) + ".custos"));
    out << "domain d" << d << ";\nimport stdlib.masks as m;\nimport stdlib.strings as s;\n\n";
    out << "let analyst = \"analyst\" in principal.roles and principal.region == \"EU\";\n\n";
    int products_here = contracts / domains;
    for (int r = 0; r < per_domain; ++r) {
      int c = d + domains * (r % std::max(1, products_here));
      std::string p = "d" + std::to_string(d) + ".p" + std::to_string(c);
      std::string id = "@id(\"d" + std::to_string(d) + "-r" + std::to_string(r) + "\") ";
      switch (r % 5) {
        case 0: out << id << "permit select on " << p << " when analyst and principal.clearance >= " << r % 4 << ";\n"; break;
        case 1: out << id << "permit select on " << p << " when \"agent\" in principal.roles rows where country == principal.country and amount > " << r << ".5;\n"; break;
        case 2: out << id << "forbid select on " << p << " rows where is_minor unless principal.clearance >= 3;\n"; break;
        case 3: out << id << "mask column " << p << ".email with m.email_domain unless \"fraud\" in context.purposes;\n"; break;
        default: out << id << "deny column " << p << ".tax_id unless principal.clearance >= 4 or s.starts_with(principal.id, \"admin\");\n";
      }
    }
  }
  return g;
}

}  // namespace custos::bench
