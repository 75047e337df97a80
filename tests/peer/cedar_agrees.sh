#!/usr/bin/env bash
# Cedar (the official @cedar-policy/cedar-wasm, installed from the committed lock file) must give
# Custos' table-access decision on every request of a generated 100-rule workload, and Custos'
# row filter on every row. Usage: cedar_agrees.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The runner and its pinned dependency, installed beside the build (reused while the lock holds).
runner="$build/cedar-peer"
source "$src/tests/support/node_runner.sh"
node_runner "$src/bench/peer/cedar" "$runner"
"$build/bench/custos_workload" --rules 100 --requests 1000 --rows 20000 -o "$work/100" >/dev/null
# Loading the workload makes custos_peer_bench write its decisions (the JIT and the interpreter agreeing).
"$build/bench/custos_peer_bench" "$work/100" --benchmark_filter='^load/' >/dev/null
# Without inlining: Node 20's optimizing compiler has crashed on the runner (a V8 fault); speed
# does not matter here.
node --no-turbo-inlining "$runner/run.mjs" "$work/100" --check-only
