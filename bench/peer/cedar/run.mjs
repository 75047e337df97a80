// Cedar's side of the peer benchmark, with the official WebAssembly build of Cedar
// (@cedar-policy/cedar-wasm, pinned in package.json / package-lock.json).
//
//   node run.mjs WORKLOAD_DIR [--check-only]
//
// Loads the workload's Cedar policies once (preparsed, validated against the schema), then
// authorizes every request of the stream with statefulIsAuthorized, and the row product's rows
// one by one. Every decision must equal Custos' (custos-decisions.txt and custos-rows.txt, written
// by custos_peer_bench): a single mismatch fails the run. Prints one JSON object of results.
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const checkOnly = process.argv.includes('--check-only');
if (!dir) {
  console.error('usage: node run.mjs WORKLOAD_DIR [--check-only]');
  process.exit(2);
}
const read = (name) => readFileSync(join(dir, name), 'utf8');
const jsonLines = (name) => read(name).split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l));
const fail = (message) => {
  console.error(`cedar: ${message}`);
  process.exit(1);
};

const meta = JSON.parse(read('workload.json'));
const schema = read('cedar/schema.cedarschema');
const policies = read('cedar/policies.cedar');
const rowPolicies = read('cedar/rows.cedar');
const principals = jsonLines('principals.jsonl');
const products = new Map(jsonLines('products.jsonl').map((p) => [p.name, p]));
const requests = jsonLines('requests.jsonl');
const expected = read('custos-decisions.txt').split('\n').filter((l) => l.length > 0);
const expectedRows = new Set(read('custos-rows.txt').split('\n').filter((l) => l.length > 0).map(Number));
if (expected.length !== requests.length) fail(`custos-decisions.txt has ${expected.length} decisions for ${requests.length} requests`);

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const ok = (answer, what) => {
  if (answer.type !== 'success') fail(`${what}: ${JSON.stringify(answer.errors ?? answer)}`);
  return answer;
};

// Loading: parse once into Cedar's cache; validate against the schema (strict mode).
global.gc?.();
const rssBefore = process.memoryUsage().rss;
let t0 = process.hrtime.bigint();
ok(cedar.preparsePolicySet('main', { staticPolicies: policies }), 'parsing the policies');
const parseMs = ms(t0);
const bytesPerRule = (process.memoryUsage().rss - rssBefore) / meta.rules;
t0 = process.hrtime.bigint();
const validation = ok(cedar.validate({ schema, policies: { staticPolicies: policies }, validationSettings: { mode: 'strict' } }), 'validating');
const validateMs = ms(t0);
if (validation.validationErrors.length > 0) fail(`the policies do not validate: ${JSON.stringify(validation.validationErrors[0])}`);
ok(cedar.preparsePolicySet('rows', { staticPolicies: rowPolicies }), 'parsing the row policy');

const userEntity = (i) => {
  const p = principals[i];
  return { uid: { type: 'User', id: p.id }, attrs: p, parents: [] };
};
const call = (r) => {
  const p = principals[r.principal];
  const product = products.get(r.product);
  return {
    principal: { type: 'User', id: p.id },
    action: { type: 'Action', id: 'select' },
    resource: { type: 'Product', id: r.product },
    context: { purposes: r.purposes },
    preparsedPolicySetId: 'main',
    entities: [userEntity(r.principal),
      { uid: { type: 'Product', id: r.product }, attrs: { domain: product.domain, classification: product.classification, tags: product.tags }, parents: [] }],
  };
};
// The calls are built before timing: what is timed is Cedar's authorization of a request.
const calls = requests.map(call);
// Rows: each row of the row product authorized as a resource of its own.
const rowsCsv = read('rows.csv').split('\n');
const cedarRows = Math.min(10000, rowsCsv.length - 2);
const rowCalls = [];
for (let i = 0; i < cedarRows; ++i) {
  const [id, country] = rowsCsv[i + 1].split(',');
  rowCalls.push({
    principal: { type: 'User', id: principals[meta.row_principal].id },
    action: { type: 'Action', id: 'read_row' },
    resource: { type: 'Row', id },
    context: {},
    preparsedPolicySetId: 'rows',
    entities: [userEntity(meta.row_principal), { uid: { type: 'Row', id }, attrs: { country }, parents: [] }],
  });
}

function authorize(c) {
  const answer = cedar.statefulIsAuthorized(c);
  if (answer.type !== 'success') fail(`authorizing: ${JSON.stringify(answer.errors)}`);
  return answer.response.decision;
}
// Warm-up, and the check against Custos on every request.
for (let i = 0; i < calls.length; ++i) {
  const d = authorize(calls[i]);
  if (d !== expected[i]) fail(`request ${i} (${JSON.stringify(requests[i])}): Cedar says ${d}, Custos says ${expected[i]}`);
}

for (let i = 0; i < rowCalls.length; ++i) {
  const visible = authorize(rowCalls[i]) === 'allow';
  if (visible !== expectedRows.has(i)) fail(`row ${i}: Cedar says ${visible ? 'visible' : 'hidden'}, Custos says the opposite`);
}
if (checkOnly) {
  console.log(JSON.stringify({ rules: meta.rules, requests: calls.length, rows: rowCalls.length, agree: true }));
  process.exit(0);
}

// Timed: every request once more (at most 30 s of them), one clock reading per decision.
const budgetNs = 30e9;
const all = new Float64Array(calls.length);
let timed = 0;
const pass = process.hrtime.bigint();
for (; timed < calls.length; ++timed) {
  const a = process.hrtime.bigint();
  cedar.statefulIsAuthorized(calls[timed]);
  const b = process.hrtime.bigint();
  all[timed] = Number(b - a);
  if (Number(b - pass) > budgetNs) {
    ++timed;
    break;
  }
}
const passNs = Number(process.hrtime.bigint() - pass);
const ns = all.slice(0, timed).sort();
const at = (q) => ns[Math.min(ns.length - 1, Math.ceil(q * ns.length) - 1)];
t0 = process.hrtime.bigint();
for (const c of rowCalls) cedar.statefulIsAuthorized(c);
const rowNs = Number(process.hrtime.bigint() - t0) / rowCalls.length;

console.log(JSON.stringify({
  engine: 'cedar-wasm',
  cedar_version: cedar.getCedarVersion(),
  node_version: process.version,
  rules: meta.rules,
  requests: calls.length,
  parse_ms: parseMs,
  validate_ms: validateMs,
  bytes_per_rule: bytesPerRule,
  median_ns: at(0.5),
  p99_ns: at(0.99),
  timed: timed,
  decisions_per_s: timed / (passNs / 1e9),
  rows: rowCalls.length,
  ns_per_row: rowNs,
  agree: true,
}));
