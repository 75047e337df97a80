// The `hash` key the test suite decides with (public, like every test fixture; there is no
// default key in Custos, so every test that masks with `hash` names this one).
#pragma once

#include <string>

#include "natives.h"

namespace custos::testing {

inline const std::string kTestHashKey = "custos-test-suite-hash-key-0123456789abcdef";
// The same key as a file, for `custos build --hash-key-file` (tests/support/test-hash.key).
inline const std::string kTestHashKeyFile = std::string(CUSTOS_SOURCE_DIR) + "/tests/support/test-hash.key";

inline stdlib::NativeContext test_natives() {
  stdlib::NativeContext n;
  n.hash_key = kTestHashKey;
  return n;
}

}  // namespace custos::testing
