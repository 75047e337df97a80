#!/usr/bin/env bash
# Installs every Debian package Custos needs to build and test. Safe to re-run:
# it only calls apt-get when something is missing.
set -euo pipefail

PACKAGES=(
  g++ cmake ninja-build pkg-config git
  antlr4 libantlr4-runtime-dev uuid-dev
  catch2 libbenchmark-dev
  clang-14 libclang-rt-14-dev
  chromium fonts-dejavu-core
  libyaml-cpp-dev libfmt-dev libcli11-dev nlohmann-json3-dev libsimdjson-dev libssl-dev
  libsqlite3-dev sqlite3 libpq-dev postgresql libcpp-httplib-dev libmicrohttpd-dev
  llvm-19-dev libz3-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# Node.js and npm run Cedar for the peer benchmark and its check; any installed Node will do
# (Debian's, or one that came with the machine), so they are installed only when absent.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
