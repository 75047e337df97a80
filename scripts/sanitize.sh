#!/usr/bin/env bash
# Builds the whole test suite with ASan + UBSan (preset `asan`) and runs it, then the
# concurrency tests under TSan (preset `tsan`).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build-asan/build.ninja ] || cmake --preset asan
cmake --build build-asan -j "${JOBS:-2}"
# The JIT differential runs 2,000 requests here (it is the long pole under ASan, 200 s for 10,000);
# the plain build's suite below runs the full 10,000. Tests labelled `node` (Trino's grammar, run in
# Node) exercise no C++ of ours beyond what the plain suite runs: skipped here.
CUSTOS_JIT_DIFF_CASES="${CUSTOS_JIT_DIFF_CASES:-2000}" CUSTOS_DIFF_PAIRS="${CUSTOS_DIFF_PAIRS:-14}" CUSTOS_WHO_CAN_POLICIES="${CUSTOS_WHO_CAN_POLICIES:-3}" CUSTOS_ASSERT_POLICIES="${CUSTOS_ASSERT_POLICIES:-4}" \
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "${JOBS:-2}" -LE node

# The concurrency tests under ThreadSanitizer (preset `tsan`).
[ -f build-tsan/build.ninja ] || cmake --preset tsan
cmake --build build-tsan -j "${JOBS:-2}" --target custos_concurrency_tests
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 build-tsan/tests/custos_concurrency_tests "[concurrency]"
