// Decoding literal tokens: integers with `_` separators, floats and escaped strings.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace custos::parse {

// Digits with optional `_` separators; nullopt when the value does not fit in int64.
std::optional<int64_t> decode_int(std::string_view token);
double decode_float(std::string_view token);

struct StringDecode {
  std::string value;
  bool ok = true;
  size_t error_offset = 0;  // byte offset of the bad escape inside the token
  size_t error_length = 0;
  std::string error;
};
// `token` includes its surrounding double quotes. Escapes: \" \\ \n \t \r \0 \u{1F600}.
StringDecode decode_string(std::string_view token);

}  // namespace custos::parse
