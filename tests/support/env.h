// Test knobs from the environment (longer differential runs, other seeds).
#pragma once

#include <cstdint>
#include <cstdlib>

namespace custos::testing {

// The number in environment variable `name`, or `fallback` when it is not set.
inline uint64_t env_number(const char* name, uint64_t fallback) {
  const char* v = std::getenv(name);
  return v ? std::strtoull(v, nullptr, 10) : fallback;
}

}  // namespace custos::testing
