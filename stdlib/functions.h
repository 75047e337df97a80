// The standard library, declared once: every function's module, signature, null behaviour,
// mask strength and documentation. The checker, the docs and (later) every backend read this.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "natives.h"

namespace custos::stdlib {

// What a parameter accepts.
enum class Pattern : uint8_t { Any, Bool, Int, Float, Number, String, Date, Timestamp, Temporal };
// What a function returns.
enum class Result : uint8_t { SameAsFirst, Bool, Int, Float, String, Date };

enum class FnKind : uint8_t { Mask, Scalar };

struct Param {
  std::string_view name;
  Pattern pattern;
};

struct FunctionInfo {
  std::string_view module;  // "masks" for `import stdlib.masks`
  std::string_view name;
  FnKind kind;
  // For masks, params[0] is the masked column's value; the rest are written after the name:
  // `with m.show_last(4)`.
  std::vector<Param> params;
  Result result;
  // Masks only: larger is stricter. Two different masks of equal strength are incomparable.
  int strength;
  std::string_view nulls;  // null behaviour
  std::string_view summary;
  std::string_view example;
  NativeFn impl;               // the one C++ implementation every backend calls
  bool null_in_null_out = true;  // a null argument gives null without calling `impl`
  bool needs_key = false;        // reads NativeContext::hash_key: no key, no answer (see hash_key.h)
};

const std::vector<FunctionInfo>& functions();
const FunctionInfo* find_function(std::string_view module, std::string_view name);
std::vector<std::string> module_names();
std::vector<std::string> function_names(std::string_view module);
std::string_view pattern_name(Pattern p);

}  // namespace custos::stdlib
