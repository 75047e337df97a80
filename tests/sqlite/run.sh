#!/usr/bin/env bash
# Runs session.sql in the real sqlite3 shell with the extension loaded and compares what it
# prints (stdout and stderr) with expected.txt. CUSTOS_UPDATE_GOLDEN=1 rewrites expected.txt.
# Usage: run.sh EXTENSION BUNDLE HASH_KEY_FILE
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
extension=${1%.so}
bundle=$2
hash_key=$3
# An extension built with AddressSanitizer needs the runtime loaded first into the (plain) shell.
asan=$(ldd "$1" 2>/dev/null | awk '/libasan/ {print $3}')
if [ -n "$asan" ]; then
  export LD_PRELOAD="$asan"
  export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -e "s|\$EXTENSION|$extension|" -e "s|\$BUNDLE|$bundle|" -e "s|\$HASH_KEY|$hash_key|" "$here/session.sql" > "$work/session.sql"
# Error messages carry a random decision id: keep their shape, not the id.
(cd "$here" && sqlite3 "$work/test.db" < "$work/session.sql" 2>&1 || true) |
  sed -E 's/decision [0-9a-f]{16}-[0-9a-f]{16}/decision <id>/' > "$work/actual.txt"
if [ "${CUSTOS_UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$work/actual.txt" "$here/expected.txt"
fi
diff -u "$here/expected.txt" "$work/actual.txt"
echo "sqlite3 shell: output matches expected.txt"
