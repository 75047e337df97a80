#!/usr/bin/env bash
# The peer benchmark in one command: Custos versus Cedar on the same generated workloads
# (10, 100, 1,000 and 10,000 rules), then docs/benchmarks.md's results and docs/benchmarks.svg
# regenerated from this run. Any decision on which Cedar and Custos disagree fails the run.
#   BENCH_SIZES="10 100" BENCH_REQUESTS=2000 ./scripts/bench-peers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
need=()
command -v gnuplot >/dev/null || need+=(gnuplot-nox)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
./scripts/build.sh
(cd bench/peer/cedar && npm ci --no-audit --no-fund --loglevel=error)

OUT="${BENCH_OUT:-build/peer}"
SIZES="${BENCH_SIZES:-10 100 1000 10000}"
rm -rf "$OUT"
mkdir -p "$OUT"
dirs=()
for n in $SIZES; do
  build/bench/custos_workload --rules "$n" --requests "${BENCH_REQUESTS:-2000}" -o "$OUT/$n"
  dirs+=("$OUT/$n")
done
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GiB, Linux $(uname -r)" > "$OUT/machine.txt"

echo "== Custos (custos_peer_bench)"
build/bench/custos_peer_bench "${dirs[@]}" --benchmark_out="$OUT/custos.json" --benchmark_out_format=json

for n in $SIZES; do
  echo "== Cedar, $n rules"
  # Node 20's optimizing compiler has crashed on this script (a V8 deoptimizer fault, a signal):
  # then Cedar runs again without inlining, and the output says so.
  set +e
  node bench/peer/cedar/run.mjs "$OUT/$n" > "$OUT/cedar-$n.json"
  status=$?
  set -e
  if [ "$status" -ge 128 ]; then
    echo "node crashed (status $status); running Cedar again with --no-turbo-inlining" >&2
    node --no-turbo-inlining bench/peer/cedar/run.mjs "$OUT/$n" > "$OUT/cedar-$n.json"
  elif [ "$status" -ne 0 ]; then
    exit "$status"  # a disagreement with Custos, or an error the runner reported
  fi
  cat "$OUT/cedar-$n.json"
done

node bench/peer/report.mjs "$OUT" docs/benchmarks.md docs/benchmarks.svg
