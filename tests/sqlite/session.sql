-- The worked example of docs/embedding.md, run by the real sqlite3 shell.
.bail off
.headers on
.mode list
.import --csv ../../policies/examples/data/customers.csv customers
.load $EXTENSION
SELECT custos_load('$BUNDLE') AS revision;
-- An analyst: minors hidden, identifiers hashed, tax ids denied.
SELECT custos_session('{"id": "ana", "roles": ["analyst", "staff"], "region": "EU", "domain": "crm", "country": "DE", "clearance": 2}',
                      '{"purposes": ["reporting"], "now": "2026-03-01T09:00:00Z"}') AS bound;
CREATE VIRTUAL TABLE governed USING custos(product=crm.customers, source=customers);
SELECT customer_id, country, birth_date, is_minor, tax_id, lifetime_value, substr(email, 1, 12) AS email_hash FROM governed;
SELECT country, count(*) AS n FROM governed GROUP BY country ORDER BY country;
-- A French after-sales agent: only French customers.
SELECT custos_session('{"id": "bo", "roles": ["agent"], "region": "EU", "domain": "after_sales", "country": "FR", "clearance": 1}') AS bound;
SELECT customer_id, country FROM governed;
-- A partner: no permit, so the query fails rather than returning anything.
SELECT custos_session('{"id": "zed", "roles": ["partner"], "region": "US", "domain": "partners", "country": "US", "clearance": 0}') AS bound;
SELECT count(*) FROM governed;
-- No principal bound: fails too.
SELECT custos_session(NULL) AS unbound;
SELECT count(*) FROM governed;
