// Fuzzes the names that reach generated SQL: the input, split at NUL bytes, supplies the mesh
// name, a domain, a product, two columns, the rule ids and the revision, put in place past the
// loader that would refuse them. Every SQL output (the PostgreSQL deployment script; `custos sql`
// for PostgreSQL, SQLite and Trino) must split into exactly the statements it has with plain
// names, as each engine's lexer reads it (tests/support/sql_shape.h); anything else traps.
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "support/sql_shape.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string> names(1);
  for (size_t i = 0; i < size && names.size() <= 10; ++i) {
    if (data[i] == 0) {
      names.emplace_back();
    } else {
      names.back() += static_cast<char>(data[i]);
    }
  }
  std::string problem = custos::testing::check_hostile_names(names);
  if (!problem.empty()) {
    std::fprintf(stderr, "%s\n", problem.c_str());
    __builtin_trap();
  }
  return 0;
}
