// The peer-benchmark workload: a seeded, deterministic data-mesh ABAC scenario written twice with
// the same meaning, once as a Custos mesh (custos.yaml, ODCS contracts, policy files) and once as
// Cedar (schema, policies), plus the principals, products, request stream and rows both engines
// decide. See docs/benchmarks.md for what is generated and why it means the same in both.
#pragma once

#include <cstdint>
#include <string>

namespace custos::peer {

struct WorkloadOptions {
  int rules = 100;          // every rule, Custos and Cedar alike (global + per-product + the row rule)
  int principals = 1000;
  int requests = 5000;
  int rows = 1000000;       // rows of the row-filter product (Cedar authorizes the first cedar_rows)
  uint64_t seed = 20261201;
};

// Layout of the folder it writes:
//   custos/custos.yaml, custos/contracts/*.yaml, custos/policies/*.custos
//   cedar/schema.cedarschema, cedar/policies.cedar, cedar/rows.cedar
//   principals.jsonl   one principal per line: its attributes as Custos reads them (JSON)
//   products.jsonl     {"name", "domain", "classification", "tags"}
//   requests.jsonl     {"principal": index, "purposes": [...], "product": name}
//   rows.csv           the row-filter product's rows (id,country,amount,email,note)
//   workload.json      the options, counts and the row-filter principal
void write_workload(const std::string& dir, const WorkloadOptions& options);

// The product whose rows both engines filter, and the principal that reads them.
inline constexpr const char* kRowProduct = "d0.p0";
inline constexpr int kRowPrincipal = 0;

}  // namespace custos::peer
