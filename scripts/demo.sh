#!/usr/bin/env bash
# README command 1: install what is missing, build, then check the bundled example mesh, run its
# policy tests and show a few decisions.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
CUSTOS=./build/cli/custos
MESH=policies/examples
REQ=policies/examples/requests

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "custos check --require-coverage $MESH"
$CUSTOS check --require-coverage "$MESH"

step "custos coverage $MESH"
$CUSTOS coverage "$MESH"

step "custos test $MESH"
$CUSTOS test "$MESH"

step "an analyst (clearance 2) reads crm.customers"
$CUSTOS eval "$MESH" --principal "$REQ/analyst.json" --context "$REQ/reporting.json" \
  --product crm.customers --rows "$MESH/data/customers.csv"

step "an after-sales agent in France reads crm.customers"
$CUSTOS eval "$MESH" --principal "$REQ/agent_fr.json" --context "$REQ/reporting.json" \
  --product crm.customers --rows "$MESH/data/customers.csv"

step "why is a partner refused the R&D telemetry?"
$CUSTOS explain "$MESH" --principal "$REQ/partner.json" --context "$REQ/reporting.json" \
  --product vehicle_rnd.telemetry

step "the same decision as PostgreSQL SQL, for engines that enforce natively"
$CUSTOS sql "$MESH" --principal "$REQ/agent_fr.json" --context "$REQ/reporting.json" \
  --product crm.customers --columns customer_id,country,email,tax_id --dialect postgres

step "ship the mesh as one bundle, and let SQLite enforce it (custos_sqlite extension)"
BUNDLE=$(mktemp -d)/mesh.bundle
$CUSTOS build "$MESH" -o "$BUNDLE"
sqlite3 -header -column :memory: \
  ".import --csv $MESH/data/customers.csv customers" \
  ".load ./build/sqlite/custos_sqlite" \
  "SELECT custos_load('$BUNDLE') AS revision" \
  "SELECT custos_session('$(tr -d '\n' < "$REQ/analyst.json")', '$(tr -d '\n' < "$REQ/reporting.json")') AS session" \
  "CREATE VIRTUAL TABLE governed USING custos(product=crm.customers, source=customers)" \
  "SELECT customer_id, country, birth_date, tax_id, substr(email, 1, 16) AS email FROM governed"
rm -rf "$(dirname "$BUNDLE")"
