// The JSON form of a runtime scalar, shared by every command that prints values as JSON.
#pragma once

#include <nlohmann/json.hpp>

#include "value.h"

namespace custos::cli {

// Null is null; booleans and numbers are JSON values; dates and timestamps are ISO 8601 strings.
inline nlohmann::json scalar_json(const Scalar& v) {
  if (is_null(v)) return nullptr;
  if (auto b = std::get_if<bool>(&v)) return *b;
  if (auto i = std::get_if<int64_t>(&v)) return *i;
  if (auto d = std::get_if<double>(&v)) return *d;
  return to_text(v);
}

}  // namespace custos::cli
