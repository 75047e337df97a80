#!/usr/bin/env bash
# Builds the whole test suite with ASan + UBSan (preset `asan`) and runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build-asan/build.ninja ] || cmake --preset asan
cmake --build build-asan -j "${JOBS:-2}"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "${JOBS:-2}"
