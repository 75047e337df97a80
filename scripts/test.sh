#!/usr/bin/env bash
# README command 2: install what is missing, build, and run the whole test suite: the sanitizer
# build (ASan + UBSan), a bounded run of every fuzzer, and the CTest suite (last, so its summary
# closes the output). CUSTOS_QUICK=1 runs only the CTest suite, for a fast local loop.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
if [ "${CUSTOS_QUICK:-0}" != "1" ]; then
  echo "== sanitizers (ASan + UBSan)"
  ./scripts/sanitize.sh
  echo "== fuzzers"
  # 30 s per fuzzer here (regressions, within CI's time); long campaigns: docs/engines.md#fuzzing.
  FUZZ_SECONDS="${FUZZ_SECONDS:-30}" ./scripts/fuzz.sh
fi
echo "== test suite"
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "${JOBS:-2}"
