// Parses every statement of a corpus with dt-sql-parser's TrinoSQL, a parser generated from
// Trino's own grammar (SqlBase.g4). Usage: node --import ./register.mjs parse.mjs CORPUS.json
// CORPUS.json: [{"what": "...", "sql": "SELECT ..."}, ...]. Prints each statement that does not
// parse, with the parser's messages, and exits 1 if any; else prints how many parsed.
import { readFileSync } from 'node:fs';
import { TrinoSQL } from 'dt-sql-parser';

const corpus = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const parser = new TrinoSQL();
let failed = 0;
for (const { what, sql } of corpus) {
  const errors = parser.validate(sql);
  if (errors.length === 0) continue;
  ++failed;
  console.log(`does not parse as Trino SQL: ${what}`);
  for (const e of errors) console.log(`  ${e.startLine}:${e.startColumn}: ${e.message}`);
  console.log(`  ${sql}`);
}
if (corpus.length === 0) {
  console.log('the corpus is empty');
  process.exit(1);
}
console.log(`${corpus.length - failed} of ${corpus.length} statements parse as Trino SQL`);
process.exit(failed ? 1 : 0);
