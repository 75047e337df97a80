#!/usr/bin/env bash
# Renders `custos report` in headless Chromium (Debian's, installed by scripts/install-deps.sh) and
# checks the page really rendered: the script ran, every product has its matrix, every example
# principal is selectable, a principal's view shows decisions and masked sample rows, and the file
# loads nothing from the network.
set -euo pipefail
CUSTOS="$1"
SOURCE_DIR="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$CUSTOS" report "$SOURCE_DIR/policies/examples" -o "$WORK/report.html" 2>/dev/null

if grep -Eqi '(src|href)=["'"'"']?(https?:)?//' "$WORK/report.html"; then
  echo "FAIL: the report references the network"; exit 1
fi
chrome() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$WORK/profile" "$@" 2>/dev/null
}
expect() {  # expect <count> <pattern> <file> <what>
  local n; n=$( (grep -o "$2" "$3" || true) | wc -l)  # no match is a count of 0, not an exit
  if [ "$n" -lt "$1" ]; then echo "FAIL: $4 (found $n, want at least $1)"; exit 1; fi
}

chrome --dump-dom "file://$WORK/report.html" > "$WORK/default.html"
expect 1 'data-rendered="true"' "$WORK/default.html" "the report's script ran"
expect 3 'class="matrix"' "$WORK/default.html" "one matrix per product"
expect 10 '<option value=' "$WORK/default.html" "the example principals are selectable"
expect 1 'gdpr-direct-identifiers' "$WORK/default.html" "the governing rules are listed"
expect 1 'every sensitive column is governed' "$WORK/default.html" "the coverage summary"
# An access review: who may read each product and under which rows, who sees each column in clear,
# every rule with its reason, owner and place, and where the report comes from.
expect 3 '<h3>Who may read it</h3>' "$WORK/default.html" "who may read each product"
expect 1 'class="readers"' "$WORK/default.html" "the permits with their conditions"
# The proven access section (custos who-can): the condition, the rows, each column's clear condition.
expect 3 '<ul class="condition">' "$WORK/default.html" "each product's proven read condition"
expect 3 '<h3>Which rows they see</h3>' "$WORK/default.html" "each product's visible rows"
expect 1 '<code>principal.clearance &gt;= 4 and principal.region == "EU" and "staff" in principal.roles</code>' "$WORK/default.html" "a column's clear condition (tax_id: two denies, one by its column's classification)"
expect 1 '<code>"analyst" in principal.roles</code>' "$WORK/default.html" "a part of a read condition"
expect 1 'unless principal.clearance' "$WORK/default.html" "a rule's conditions"
expect 1 'in clear for' "$WORK/default.html" "who sees each column in clear"
expect 1 '>nobody<' "$WORK/default.html" "a column nobody sees in clear"
expect 1 'id="rules"' "$WORK/default.html" "the table of every rule"
expect 1 '<h2>Break-glass access</h2>' "$WORK/default.html" "the break-glass permits, listed on their own"
expect 1 'incident-response' "$WORK/default.html" "the example's break-glass permit"
expect 1 '<h2>Lineage</h2>' "$WORK/default.html" "the lineage section"
expect 1 '<code>crm.customers.email</code>' "$WORK/default.html" "a derived column's source"
expect 1 '<code>after_sales.churn_mart</code> is built from <span><code>crm.customers</code></span><span>, <code>after_sales.warranty_claims</code></span>' "$WORK/default.html" "the data product's input ports"
expect 1 'approved by privacy-office: only the mail' "$WORK/default.html" "the approved downgrade, with approver and reason"
expect 1 'pii.direct</span></span> (inherited)' "$WORK/default.html" "inherited tags"
expect 1 'crm-team' "$WORK/default.html" "rule owners"
expect 1 '(expires 2026-12-31)' "$WORK/default.html" "a rule's expiry"
expect 1 'crm.custos:[0-9]*:[0-9]*' "$WORK/default.html" "each rule's file:line:col"
expect 1 'href="#rule-' "$WORK/default.html" "links from products to rules"
expect 1 'revision [0-9a-f]\{12\}' "$WORK/default.html" "the revision"
expect 1 'generated 20[0-9-]* [0-9:]* UTC' "$WORK/default.html" "the generation date"
expect 3 '<option value="[0-9]*">[a-z]* · clearance' "$WORK/default.html" "principals named by their attributes"

# View as ana, the first analyst among the test principals (clearance 2; the after-sales tests' fifth).
chrome --dump-dom "file://$WORK/report.html?view=4" > "$WORK/analyst.html"
expect 1 'class="access allow"' "$WORK/analyst.html" "an allowed product"
expect 1 'masked with masks.hash' "$WORK/analyst.html" "a masked column"
expect 1 'class="sample"' "$WORK/analyst.html" "sample rows"
expect 1 'title="[0-9a-f]\{64\}"' "$WORK/analyst.html" "a hashed value in the sample, in full in its tooltip"
expect 1 '[0-9a-f]\{12\}…[0-9a-f]\{6\}' "$WORK/analyst.html" "a long value cut so the table fits"
# The samples' pseudonyms use a one-time key: never the public demo key's (nor any fixed key's).
if grep -q '6c5fb80038a97eece11604aef65cc681c1c195620fba786d0d61226aadaf1273' "$WORK/analyst.html"; then
  echo "FAIL: the report hashes with the public demo key"; exit 1
fi

chrome --window-size=1200,900 --screenshot="$WORK/shot.png" "file://$WORK/report.html?view=4" >/dev/null
[ -s "$WORK/shot.png" ] || { echo "FAIL: no screenshot"; exit 1; }
echo "report rendered in chromium: ok"
