// What JIT-compiled code calls back into: stdlib functions, membership in principal sets,
// string ordering, per-call scratch memory, and the interpreter for the rare expression shapes
// the code generator does not compile itself (plan stage only). All are `extern "C"` and never
// throw: a failure is an error value, which never grants.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "abi.h"
#include "eval_expr.h"
#include "functions.h"

namespace custos::jit {

// How a value is held in registers and slots.
enum class VKind : uint8_t { Bool, Int, Float, String, Date, Timestamp, Collection };
// The register kind of a language type, or nullopt when compiled code does not handle it.
std::optional<VKind> vkind_of(const Type& t);

// Conversions between slots and interpreter values.
Slot slot_of(const eval::Val& v, VKind kind, std::string* storage);
eval::Val val_of(const Slot& s, VKind kind);

// A stdlib call compiled as a call into the host.
struct CallSite {
  const stdlib::FunctionInfo* fn = nullptr;
  std::vector<VKind> args;
  VKind result = VKind::Bool;
  int32_t scratch = 0;  // index (within its function) of the string that holds a string result
};

// An expression evaluated by the interpreter (plan stage only).
struct FallbackSite {
  const ir::Expr* expr = nullptr;
  VKind result = VKind::Bool;
  int32_t scratch = 0;
};

// Sites are created by the code generator and live as long as the compiled code that names them.
struct Sites {
  std::deque<CallSite> calls;
  std::deque<FallbackSite> fallbacks;
};

// Per call of a compiled function: the inputs the fallbacks need and scratch memory. One per
// thread at a time; reused across calls to avoid allocation.
struct HostContext {
  const eval::Attributes* principal = nullptr;
  const eval::Attributes* context = nullptr;
  const stdlib::NativeContext* natives = nullptr;
  // Scratch per site, grown on first use (deques: growing never moves what compiled code holds).
  // Made on the first host call that needs it: most plan functions need none, and three empty
  // deques cost six allocations.
  struct Scratch {
    std::deque<std::string> strings;
    std::deque<eval::Val> values;
    std::deque<std::vector<uint8_t>> buffers;
  };
  std::unique_ptr<Scratch> scratch;
  std::string& string_at(int32_t i);
  eval::Val& value_at(int32_t i);
  std::vector<uint8_t>& buffer_at(int32_t i);
  bool failed = false;  // a host call could not allocate; the caller must not trust the result
};

// Fault injection for tests: the n-th scratch allocation from now on (counting every host call's)
// fails as if memory were exhausted; 0 disarms. Returns how many injected failures fired so far.
void fail_scratch_allocation_after(int64_t n);
int64_t injected_scratch_failures();

}  // namespace custos::jit

extern "C" {
void custos_jit_call(const custos::jit::CallSite* site, const custos::jit::Slot* args, custos::jit::Slot* out,
                     custos::jit::HostContext* host) noexcept;
void custos_jit_fallback(const custos::jit::FallbackSite* site, custos::jit::HostContext* host, custos::jit::Slot* out) noexcept;
int32_t custos_jit_contains(const void* collection, const custos::jit::Slot* item, int32_t kind) noexcept;
int32_t custos_jit_strcmp(const char* a, int64_t alen, const char* b, int64_t blen) noexcept;
uint8_t* custos_jit_scratch(custos::jit::HostContext* host, int32_t id, int64_t size) noexcept;
}
