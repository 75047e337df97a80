#!/usr/bin/env bash
# The SQL Custos emits for Trino must parse with Trino's grammar (dt-sql-parser's TrinoSQL, installed
# from the committed lock file), and the operator table's Trino row filters must equal the reviewed
# golden file. No Trino server runs in CI; this is the check that stands in for one.
# Usage: trino_parses.sh CORPUS_PROGRAM BUILD_DIR SOURCE_DIR
# CUSTOS_UPDATE_GOLDEN=1 rewrites tests/golden/sql/trino_operator_table.sql.
set -euo pipefail
program=$1
build=$2
src=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runner="$build/trino-grammar"
source "$src/tests/support/node_runner.sh"
node_runner "$src/tests/sql/trino_grammar" "$runner"
"$program" "$work/corpus.json" "$work/trino_operator_table.sql" "${CUSTOS_TRINO_CORPUS_POLICIES:-150}"
golden="$src/tests/golden/sql/trino_operator_table.sql"
if [ "${CUSTOS_UPDATE_GOLDEN:-}" = 1 ]; then
  mkdir -p "$(dirname "$golden")"
  cp "$work/trino_operator_table.sql" "$golden"
elif ! diff -u "$golden" "$work/trino_operator_table.sql"; then
  echo "the Trino rendering of the operator table changed; review the diff, then CUSTOS_UPDATE_GOLDEN=1 ctest -R trino_sql_parses"
  exit 1
fi
(cd "$runner" && node --import ./register.mjs parse.mjs "$work/corpus.json")
