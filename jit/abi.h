// The data layout shared by the host and JIT-compiled code. Everything here is plain C layout:
// compiled functions read these structs by field offset, so changing one means changing the
// code generator (jit/codegen.cpp) in the same commit.
#pragma once

#include <cstdint>

namespace custos::jit {

// One principal or context attribute, or one argument/result of a host call.
struct Slot {
  uint8_t state = 2;      // kValue, kNull or kError
  uint8_t pad[7] = {};
  int64_t word = 0;       // bool (0/1), int, date (days), timestamp (micros); a float's bits
  const char* str = nullptr;  // string bytes; for a collection, a `const std::vector<Scalar>*`
  int64_t len = 0;        // string length in bytes
};
static_assert(sizeof(Slot) == 32);

inline constexpr uint8_t kValue = 0, kNull = 1, kError = 2;

// Truth of a condition: the order matches eval::Truth.
inline constexpr uint8_t kTrue = 0, kFalse = 1, kUnknown = 2, kErrorTruth = 3;

// One column of an Arrow batch, flattened for a row kernel (which is specialised to its layout).
struct ColumnDesc {
  const uint8_t* validity = nullptr;  // null when the column has no nulls
  int64_t offset = 0;
  const void* values = nullptr;       // values, or utf8 offsets, or dictionary indices
  const char* data = nullptr;         // utf8 bytes
  // Dictionary-encoded columns: the dictionary's arrays.
  const uint8_t* dict_validity = nullptr;
  int64_t dict_offset = 0;
  const void* dict_values = nullptr;  // utf8 offsets (or values)
  const char* dict_data = nullptr;
  int64_t dict_length = 0;
  int64_t pad = 0;
};
static_assert(sizeof(ColumnDesc) == 80);

// Per rule of a product (in ProductRules order: permits, forbids, denies, masks), what the plan
// function found: bit 0 = the rule holds; bits 4..5 = the shape of its `rows where` predicate after
// the principal and context are folded in (kRowsNone when it has none).
inline constexpr uint8_t kHolds = 1;
inline constexpr uint8_t kRowsNone = 0, kRowsFalse = 1, kRowsConstant = 2, kRowsDepends = 3;
inline uint8_t rows_shape(uint8_t state) { return static_cast<uint8_t>((state >> 4) & 3); }

struct HostContext;  // jit/host_calls.h

// Signatures of the generated functions.
extern "C" {
using PlanFn = void (*)(const Slot* principal, const Slot* context, HostContext* host, uint8_t* rule_states);
// Writes the indices of the visible rows to `selection` (room for `length`) and returns their count.
using FilterFn = int64_t (*)(const ColumnDesc* columns, int64_t length, const Slot* principal, const Slot* context,
                             const uint8_t* rule_states, HostContext* host, uint32_t* selection);
// For each of `count` rows listed in `rows`, the truth of one rule's `rows where` predicate.
using PredicateFn = void (*)(const ColumnDesc* columns, const uint32_t* rows, int64_t count, const Slot* principal,
                             const Slot* context, HostContext* host, uint8_t* truths);
}

}  // namespace custos::jit
