// Validates values against the bundled spec's schemas (JSON Schema 2020-12, as OpenAPI 3.1 uses).
// Used by the spec's own example tests and by the client's contract tests; not shipped to users.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const DOC_ID = 'https://leadway.invalid/openapi.json';

export const bundledSpecPath = fileURLToPath(new URL('../dist/openapi.json', import.meta.url));

export function loadBundledSpec() {
  return JSON.parse(readFileSync(bundledSpecPath, 'utf8'));
}

/** Resolves a local `$ref` ("#/components/...") inside the document, following chains. */
export function resolveRef(doc, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) throw new Error(`circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    current = pointer(doc, current.$ref);
  }
  return current;
}

function pointer(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`only local refs are expected in the bundle, got ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => {
      if (node == null || !(key in node)) throw new Error(`unresolvable $ref ${ref}`);
      return node[key];
    }, doc);
}

export function createSpecValidator(doc = loadBundledSpec()) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: DOC_ID });
  const cache = new Map();

  /** Validates `value` against the schema found at a JSON pointer ("#/components/schemas/X" or a path into `paths`). */
  function validateAt(schemaPointer, value) {
    let validate = cache.get(schemaPointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOC_ID}${schemaPointer}` });
      cache.set(schemaPointer, validate);
    }
    const ok = validate(value);
    return { ok, errors: ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`) };
  }

  /** Validates a response body against the operation's declared JSON schema for `status`. */
  function validateResponse(method, path, status, body, mediaType = 'application/json') {
    const operation = doc.paths?.[path]?.[method.toLowerCase()];
    if (!operation) throw new Error(`no operation ${method} ${path} in the spec`);
    const key = String(status) in operation.responses ? String(status) : `${String(status)[0]}XX`;
    const response = resolveRef(doc, operation.responses[key] ?? operation.responses.default);
    if (!response) throw new Error(`${method} ${path} declares no ${status} response`);
    const media = response.content?.[mediaType];
    if (!media?.schema) throw new Error(`${method} ${path} ${status} declares no ${mediaType} schema`);
    const responseRef = operation.responses[key]?.$ref;
    const schemaPointer = responseRef
      ? `${responseRef}/content/${escapePointerSegment(mediaType)}/schema`
      : `#/paths/${escapePointerSegment(path)}/${method.toLowerCase()}/responses/${key}/content/${escapePointerSegment(mediaType)}/schema`;
    return validateAt(schemaPointer, body);
  }

  return { doc, validateAt, validateResponse };
}

function escapePointerSegment(segment) {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
