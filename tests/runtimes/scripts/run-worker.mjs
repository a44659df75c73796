// Runs a bundled Worker in workerd through Miniflare and prints its answer to one POST:
// `WORKER_RESULT <json>`. Run on Node 22 or later (Miniflare's own requirement), with Miniflare
// importable from the folder given.
//
//   node run-worker.mjs <miniflare-folder> <worker-bundle.js> <request-body.json>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [miniflareDir, bundle, bodyFile] = process.argv.slice(2);
if (!miniflareDir || !bundle || !bodyFile) {
  console.error('usage: run-worker.mjs <miniflare-folder> <worker-bundle.js> <request-body.json>');
  process.exit(2);
}
const entry = createRequire(join(miniflareDir, 'package.json')).resolve('miniflare');
const { Miniflare } = await import(pathToFileURL(entry).href);

// No compatibility flags: the client must run on the plain Workers runtime (fetch, WebCrypto).
const mf = new Miniflare({ modules: true, scriptPath: bundle, compatibilityDate: '2025-09-01' });
try {
  const response = await mf.dispatchFetch('http://worker.invalid/', { method: 'POST', body: readFileSync(bodyFile, 'utf8') });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`the Worker answered ${response.status}: ${text}`);
  console.log(`WORKER_RESULT ${text}`);
} finally {
  await mf.dispose();
}
