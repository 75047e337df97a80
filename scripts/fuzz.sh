#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for FUZZ_SECONDS (default
# 60), seeded from the example and golden files, with a fixed random seed (FUZZ_SEED). Any crash,
# sanitizer report or oracle mismatch fails the run; the reproducer is left in build-fuzz/crashes/ (turn it into a regression test).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${FUZZ_SECONDS:-60}"
# A fixed seed keeps CI reproducible; FUZZ_SEED=0 lets libFuzzer pick a new one each run.
SEED="${FUZZ_SEED:-20261125}"
BUILD_DIR=build-fuzz
[ -f "$BUILD_DIR/build.ninja" ] || cmake --preset fuzz
cmake --build "$BUILD_DIR" -j "${JOBS:-2}" --target fuzz_policy fuzz_yaml fuzz_jit fuzz_bundle fuzz_serve fuzz_sql_names fuzz_lsp

run() {
  local name=$1; shift
  local corpus="$BUILD_DIR/corpus/$name"
  mkdir -p "$corpus" "$BUILD_DIR/crashes"
  # Seeds: copies of the repository's own inputs (never committed as a corpus).
  for f in "$@"; do cp -f "$f" "$corpus/$(echo "$f" | tr '/' '_')"; done
  echo "== $name: ${SECONDS_EACH}s"
  "$BUILD_DIR/fuzz/$name" -seed="$SEED" -max_total_time="$SECONDS_EACH" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$BUILD_DIR/crashes/$name-" -print_final_stats=1 "$corpus" 2>&1 | grep -E "^(#|Done|stat::number_of_executed_units|==|SUMMARY|ERROR)" | tail -5
  return "${PIPESTATUS[0]}"
}

run fuzz_policy $(find policies/examples tests/golden/syntax tests/golden/check -name '*.custos' | sort)
# fuzz_yaml also reads a whole mesh in one input (custos.yaml, then `# ---- file ----` before each
# contract): seed it with the example mesh, so lineage across products and the ODPS data product are reached.
mkdir -p "$BUILD_DIR/yaml-seeds"
{ cat policies/examples/custos.yaml; for f in policies/examples/contracts/*.yaml; do printf '# ---- file ----\n'; cat "$f"; done; } \
  > "$BUILD_DIR/yaml-seeds/example_mesh.yaml"
run fuzz_yaml $(find policies/examples tests/golden/mesh tests/golden/contracts tests/golden/config -name '*.yaml' | sort) \
  "$BUILD_DIR/yaml-seeds/example_mesh.yaml"
# fuzz_jit reads its input as the random generator's choices: seed it with a few byte strings.
mkdir -p "$BUILD_DIR/jit-seeds"
for i in 1 2 3 4 5 6 7 8; do head -c $((i * 64)) /dev/zero | tr '\0' "\\$(printf '%03o' $((i * 29)))" > "$BUILD_DIR/jit-seeds/seed$i"; done
run fuzz_jit "$BUILD_DIR"/jit-seeds/*
run fuzz_bundle $(find tests/golden/cli/inputs/bundles -name '*.bundle' | sort)
# fuzz_serve starts from requests shaped as Trino's OPA plugin sends them.
run fuzz_serve $(find tests/serve -name '*.json' | sort)
# fuzz_sql_names: NUL-separated names; seeds hold the attacks of issue 22.
mkdir -p "$BUILD_DIR/name-seeds"
printf 'golden\0sales\0orders\0notes\0customer_email\0r1\0r2\0r3\0r4\0rev' > "$BUILD_DIR/name-seeds/plain"
printf 'sales\nCOMMIT; ALTER ROLE mallory SUPERUSER; --\0o$$;\0"x\0\\E'"'"'\0*/--\r' > "$BUILD_DIR/name-seeds/attack"
run fuzz_sql_names "$BUILD_DIR"/name-seeds/*
# fuzz_lsp: byte 0 even = edits and requests over an example policy, odd = raw stdin bytes.
mkdir -p "$BUILD_DIR/lsp-seeds"
printf '\000\000\001\000\010\003abc\004\000\200\001\005\000\150\000\011\000\000\000' > "$BUILD_DIR/lsp-seeds/edits"
printf '\002\001\000\040\004\000\020\002\011\004\000\050\000' > "$BUILD_DIR/lsp-seeds/global"
{ printf '\001'; b='{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.custos"},"position":{"line":0,"character":0}}}'
  printf 'Content-Length: %d\r\n\r\n%s' "${#b}" "$b"; } > "$BUILD_DIR/lsp-seeds/stream"
run fuzz_lsp "$BUILD_DIR"/lsp-seeds/*
echo "fuzzing: no crash, no sanitizer report, no oracle mismatch"
