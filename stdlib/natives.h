// Native implementations of the stdlib functions, called by every backend. Each receives its
// arguments (for masks, the masked value first) with nulls already handled by the caller
// according to FunctionInfo::null_in_null_out, and returns nullopt on an error.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>

#include "value.h"

namespace custos::stdlib {

struct NativeContext {
  // Key of the `hash` mask (HMAC-SHA-256); see hash_key.h. There is no default: with no key,
  // `hash` is an error (and an error never reveals a value).
  std::string hash_key;
};

// HMAC-SHA-256's key block (RFC 2104): the key zero-padded to 64 bytes, or its SHA-256 when longer.
// `hash` uses it, and so does SQL that computes `hash` in a database.
std::array<unsigned char, 64> hmac_key_block(const std::string& key);

using NativeFn = std::optional<Scalar> (*)(std::span<const Scalar> args, const NativeContext& ctx);

namespace native {
std::optional<Scalar> nullify(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> replace_with(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> redact(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> hash(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> email_domain(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> show_first(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> show_last(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> year_only(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> month_only(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> bucket(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> round_to(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> starts_with(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> ends_with(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> contains(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> lower(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> upper(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> length(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> today(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> add_days(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> days_between(std::span<const Scalar>, const NativeContext&);
std::optional<Scalar> year(std::span<const Scalar>, const NativeContext&);
}  // namespace native

}  // namespace custos::stdlib
