import { readFileSync } from 'node:fs';
import { bundledSpecPath } from '../../src/index.js';

/**
 * The bundled spec's JSON text plus one operation of the test's own: `GET <path>`, open to all (no
 * security), answering `responses` (an OpenAPI responses object). For a mock started on a spec file.
 */
export function specWithProbe(path: string, operationId: string, responses: Record<string, unknown>): string {
  const spec = JSON.parse(readFileSync(bundledSpecPath, 'utf8')) as { paths: Record<string, unknown> };
  spec.paths[path] = { get: { operationId, security: [], responses } };
  return JSON.stringify(spec);
}
