#!/usr/bin/env bash
# README command 1: install what is missing, build, then check the bundled example mesh, run its
# policy tests, show a few decisions, and enforce them in SQLite and in PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
CUSTOS=./build/cli/custos
MESH=policies/examples
REQ=policies/examples/requests

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# The `hash` mask has no default key. The first decisions below opt in to the public demo key
# (--demo-hash-key, with its warning); the bundle and the databases use a real, random key, given
# the way deployments give it: a secret file named by CUSTOS_HASH_KEY_FILE.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
chmod 755 "$WORK"  # the PostgreSQL server below runs as the postgres user
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$WORK/hash.key"
chmod 600 "$WORK/hash.key"

step "custos check --require-coverage $MESH"
$CUSTOS check --require-coverage "$MESH"

step "custos coverage $MESH"
$CUSTOS coverage "$MESH"

step "custos test $MESH"
$CUSTOS test "$MESH"

step "an analyst (clearance 2) reads crm.customers"
$CUSTOS eval "$MESH" --principal "$REQ/analyst.json" --context "$REQ/reporting.json" \
  --product crm.customers --rows "$MESH/data/customers.csv" --demo-hash-key

step "an after-sales agent in France reads crm.customers"
$CUSTOS eval "$MESH" --principal "$REQ/agent_fr.json" --context "$REQ/reporting.json" \
  --product crm.customers --rows "$MESH/data/customers.csv" --demo-hash-key

step "why is a partner refused the R&D telemetry?"
$CUSTOS explain "$MESH" --principal "$REQ/partner.json" --context "$REQ/reporting.json" \
  --product vehicle_rnd.telemetry

step "the same decision as PostgreSQL SQL, for engines that enforce natively"
$CUSTOS sql "$MESH" --principal "$REQ/agent_fr.json" --context "$REQ/reporting.json" \
  --product crm.customers --columns customer_id,country,email,tax_id --dialect postgres --demo-hash-key

export CUSTOS_HASH_KEY_FILE="$WORK/hash.key"

step "ship the mesh as one bundle, and let SQLite enforce it (custos_sqlite extension; empty CSV fields are NULL, as custos eval reads them)"
BUNDLE=$WORK/mesh.bundle
$CUSTOS build "$MESH" -o "$BUNDLE"
sqlite3 -header -column :memory: \
  ".import --csv $MESH/data/customers.csv customers" \
  "UPDATE customers SET email = NULLIF(email, ''), phone = NULLIF(phone, ''), birth_date = NULLIF(birth_date, ''), lifetime_value = NULLIF(lifetime_value, '')" \
  ".load ./build/sqlite/custos_sqlite" \
  "SELECT custos_load('$BUNDLE') AS revision" \
  "SELECT custos_session('$(tr -d '\n' < "$REQ/analyst.json")', '$(tr -d '\n' < "$REQ/reporting.json")') AS session" \
  "CREATE VIRTUAL TABLE governed USING custos(product=crm.customers, source=customers)" \
  "SELECT customer_id, country, birth_date, tax_id, substr(email, 1, 16) AS email FROM governed"

step "compile the mesh for PostgreSQL and let a throwaway server enforce it (no Custos at query time)"
PGDIR=$WORK/pg
trap 'tests/sql/postgres.sh stop "$PGDIR" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
tests/sql/postgres.sh start "$PGDIR"
PG="$(cat "$PGDIR/conninfo")"
psql "$PG" -q -v ON_ERROR_STOP=1 <<SQL
CREATE SCHEMA crm;
CREATE TABLE crm.customers (customer_id bigint PRIMARY KEY, full_name text, email text, phone text,
  country text, birth_date date, is_minor boolean, tax_id text, lifetime_value numeric(12,2));
\copy crm.customers FROM '$MESH/data/customers.csv' CSV HEADER
CREATE ROLE ana; CREATE ROLE bo; CREATE ROLE eve;
SQL
SCRIPT=$(dirname "$PGDIR")/custos.sql
$CUSTOS compile "$MESH" --target postgres --product crm.customers --clock now -o "$SCRIPT"
psql "$PG" -q -v ON_ERROR_STOP=1 -f "$SCRIPT"
psql "$PG" -v ON_ERROR_STOP=1 -q <<'SQL'
INSERT INTO custos.principal_attributes (role_name, id, roles, region, domain, country, clearance) VALUES
  ('ana', 'ana', '{analyst}', 'EU', 'crm', 'DE', 2), ('bo', 'bo', '{agent}', 'EU', 'after_sales', 'FR', 1);
INSERT INTO custos.context_attributes (role_name, purposes) VALUES ('ana', '{reporting}'), ('bo', '{reporting}');
\echo 'ana (analyst):'
SET ROLE ana;
SELECT customer_id, country, birth_date, tax_id, substr(email, 1, 16) AS email FROM governed.crm_customers;
\echo 'bo (after-sales agent, France):'
SET ROLE bo;
SELECT customer_id, country, lifetime_value FROM governed.crm_customers;
\echo 'eve (no attributes):'
SET ROLE eve;
\set ON_ERROR_STOP off
SELECT count(*) FROM governed.crm_customers;
SQL
