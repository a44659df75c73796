// Prints the compatibility table from what the last runtime matrix run found
// (test-artifacts/compatibility.json); with --write, puts it into the root README between its
// markers. The matrix test fails while the README's table differs from what it found.
//
//   node tests/runtimes/scripts/render-compatibility.mjs [--write]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCompatibilityTable, withTable } from '../src/compatibility-table.mjs';

const resultsPath = fileURLToPath(new URL('../test-artifacts/compatibility.json', import.meta.url));
const readmePath = fileURLToPath(new URL('../../../README.md', import.meta.url));
if (!existsSync(resultsPath)) {
  console.error(`no ${resultsPath}: run the runtime matrix first (cd tests/runtimes && npx vitest run)`);
  process.exit(1);
}
const table = renderCompatibilityTable(JSON.parse(readFileSync(resultsPath, 'utf8')));
if (process.argv.includes('--write')) {
  writeFileSync(readmePath, withTable(readFileSync(readmePath, 'utf8'), table));
  console.log(`wrote the compatibility table into ${readmePath}`);
} else {
  console.log(table);
}
