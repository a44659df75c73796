// Ships the bundled spec inside the package, so that `leadway-mock` works in a project that has
// nothing else. The copy is made at build time from spec/dist/openapi.json; never edit it.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../../spec/dist/openapi.json', import.meta.url));
const to = fileURLToPath(new URL('../dist/openapi.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('../dist/', import.meta.url)), { recursive: true });
copyFileSync(from, to);
