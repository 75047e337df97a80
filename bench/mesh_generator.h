// Writes a synthetic mesh to disk: N contracts of one product each, spread over domains, and
// policy files with a given number of rules, every rule valid against the contracts.
#pragma once

#include <string>

namespace custos::bench {

struct GeneratedMesh {
  std::string root;
  int contracts = 0;
  int rules = 0;
};

// Deterministic for given sizes; writes below a fresh temporary folder.
GeneratedMesh generate_mesh(int contracts, int rules, int domains = 100);

}  // namespace custos::bench
