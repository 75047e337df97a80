// Seeded random policies, principals, contexts and rows over the golden test mesh's
// `sales.orders`, for differential tests between evaluation paths. Everything generated
// type-checks by construction; rows include nulls, empty and non-ASCII strings and extreme numbers.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "decision_inputs.h"
#include "eval_expr.h"
#include "ir/policy_set.h"

namespace custos::testing {

class RandomPolicies {
 public:
  explicit RandomPolicies(uint64_t seed) : rng_(seed) {}
  // Choices taken from bytes (a fuzzer's input), then from a generator seeded with their count.
  explicit RandomPolicies(std::string choices) : rng_(choices.size()), choices_(std::move(choices)) {}

  // Whether strings may hold U+0000 (PostgreSQL text cannot).
  bool nul_strings = true;
  // Whether float columns may hold NaN (PostgreSQL and Arrow can; SQLite stores it as NULL).
  bool nan_floats = false;

  // A `domain global;` file with 1..max_rules rules on sales.orders.
  std::string policy(int max_rules = 6);
  eval::Attributes principal();
  eval::Attributes context();
  // Rows of sales.orders: order_id, customer_email, amount, country, placed_on, notes.
  std::vector<eval::Row> rows(int max_rows = 12);

 private:
  int pick(int n) {
    if (used_ < choices_.size()) return static_cast<unsigned char>(choices_[used_++]) % n;
    return static_cast<int>(rng_() % static_cast<uint64_t>(n));
  }
  bool chance(int percent) { return pick(100) < percent; }
  template <class T>
  const T& one_of(const std::vector<T>& xs) { return xs[static_cast<size_t>(pick(static_cast<int>(xs.size())))]; }
  std::string condition(int depth);
  std::string row_predicate(int depth);
  std::string clauses(bool rows);

  std::mt19937_64 rng_;
  std::string choices_;
  size_t used_ = 0;
};

// Parses, checks and lowers one generated policy file over `mesh`. Throws std::runtime_error,
// with the policy and its diagnostics, when it does not check without a single diagnostic.
ir::PolicySet lower_policy(const Mesh& mesh, const std::string& text);

}  // namespace custos::testing
