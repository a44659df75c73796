import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Built code sits beside the copy in dist/; the sources (run by the tests) reach it from src/.
const besideModule = fileURLToPath(new URL('./openapi.json', import.meta.url));
const fromSources = fileURLToPath(new URL('../dist/openapi.json', import.meta.url));

/** Absolute path of the bundled OpenAPI document this package serves (shipped in `dist/`). */
export const bundledSpecPath: string = existsSync(besideModule) ? besideModule : fromSources;
