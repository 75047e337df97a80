// Concrete requests from solver models: a solver over one world's input domains, whose models are
// made readable (small, plain values; optional attributes absent), and turned into the JSON that
// `custos eval` reads. Shared by `custos diff` (witnesses) and `custos check` (counterexamples to
// assertions). Internal to analysis/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <z3++.h>

#include "diff.h"
#include "symbolic.h"

namespace custos::analysis {

// One solver over one world: the domains and the shared terms are internalized once, and each
// question is asked in its own scope.
class WitnessSolver {
 public:
  WitnessSolver(World& world, unsigned timeout_ms);
  // A model of `query` where the input domains hold, tidied for `product`'s row; nullopt when
  // there is none, or when the solver cannot tell (then `unknown` holds its reason). `what` names
  // the question for CUSTOS_DIFF_DEBUG.
  std::optional<z3::model> solve(const z3::expr& query, const std::string& product, std::string& unknown, const std::string& what = "");

 private:
  void tidy(const std::string& product);
  World& world_;
  z3::solver solver_;
};

// The witness a model describes: each attribute as the first of `configs` that declares it (a
// required one no rule reads gets a plain value), and, with `with_row`, one row of `product` with
// the columns of each of `products` (nullptr: absent in that version).
Witness make_witness(const z3::model& m, const World& world, const std::vector<const MeshConfig*>& configs,
                     const std::string& product, const std::vector<const Product*>& products, bool with_row);

}  // namespace custos::analysis
