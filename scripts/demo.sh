#!/usr/bin/env bash
# README command 1: install what is missing, build, and check the bundled example mesh.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
echo
echo "== custos check policies/examples"
./build/cli/custos check policies/examples
