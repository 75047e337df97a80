#!/usr/bin/env bash
# Installs the build tree into a scratch prefix with `cmake --install`, then builds the consumer
# against it twice (find_package(Custos), and pkg-config) and runs both.
# Usage: run.sh BUILD_DIR BUNDLE HASH_KEY_FILE [FLAGS]   (FLAGS: the build's compiler flags, e.g. sanitizers,
# which a consumer of an instrumented library must use too)
set -euo pipefail
build=$1
bundle=$2
key=$3
flags=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
test -f "$work/prefix/include/custos/custos.h"
test -f "$work/prefix/lib/pkgconfig/custos.pc"
test -x "$work/prefix/bin/custos"

cmake -S "$here" -B "$work/build" -G Ninja -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_C_FLAGS="$flags" >/dev/null
cmake --build "$work/build" >/dev/null
LD_LIBRARY_PATH="$work/prefix/lib" "$work/build/consumer" "$bundle" "$key"
LD_LIBRARY_PATH="$work/prefix/lib" "$work/build/consumer_c" "$bundle" "$key"

export PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig"
# shellcheck disable=SC2046,SC2086
g++ -std=c++20 $flags -o "$work/consumer_pc" "$here/consumer.cpp" $(pkg-config --cflags --libs custos)
LD_LIBRARY_PATH="$work/prefix/lib" "$work/consumer_pc" "$bundle" "$key"
"$work/prefix/bin/custos" inspect "$bundle" | head -1
echo "consumer: installed package works with find_package and pkg-config"
