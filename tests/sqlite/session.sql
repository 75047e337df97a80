-- The worked example of docs/embedding.md, run by the real sqlite3 shell.
.bail off
.headers on
.mode list
.import --csv ../../policies/examples/data/customers.csv customers
.load $EXTENSION
-- The `hash` mask's key (or CUSTOS_HASH_KEY_FILE in the environment): there is no default key.
SELECT custos_hash_key_file('$HASH_KEY') AS hash_key;
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
-- Attacks by SQL on the connection (docs/security.md). A governed table that reads itself,
-- directly or through another governed table: refused, never a stack overflow.
SELECT custos_session('{"id": "ana", "roles": ["analyst", "staff"], "region": "EU", "domain": "crm", "country": "DE", "clearance": 2}') AS bound;
CREATE VIRTUAL TABLE loop USING custos(product=crm.customers, source=loop);
CREATE VIRTUAL TABLE loop_a USING custos(product=crm.customers, source=loop_b);
CREATE VIRTUAL TABLE loop_b USING custos(product=crm.customers, source=loop_a);
SELECT count(*) FROM loop_a;
-- An empty or NULL public key is an error, never "no verification".
SELECT custos_load('$BUNDLE', '');
SELECT custos_load('$BUNDLE', NULL);
-- The host locks the connection before handing it to SQL it does not trust: the principal and
-- the bundle are fixed, the source table cannot be read, and nothing in SQL undoes it.
SELECT custos_lock() AS locked;
SELECT custos_session('{"id": "root", "roles": ["analyst"], "region": "EU", "domain": "crm", "country": "DE", "clearance": 9}');
SELECT custos_load('$BUNDLE');
SELECT count(*) FROM customers;
SELECT * FROM customers WHERE 0;
SELECT load_extension('./any_extension');
CREATE VIRTUAL TABLE widened USING custos(product=crm.customers, source=customers);
SELECT count(*) AS still_governed FROM governed;
