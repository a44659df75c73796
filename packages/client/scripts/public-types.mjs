// Builds src/generated/types.ts from the bundled spec: the public names of the client's types.
//   - `<Schema>` for every component schema an operation of the client reaches (its parameters, request
//     body and success answers, and what those refer to), but the open enums, whose names are runtime
//     constants (enums.ts), and what only the token endpoints or webhooks use;
//   - `<OperationId>Params` for the query of every client operation that has one
//     (`SearchConversationsParams`).

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** @returns {string} the TypeScript source (without the banner) */
export function publicTypesSource(spec) {
  const reached = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const match = typeof node.$ref === 'string' ? /^#\/components\/(\w+)\/(.+)$/.exec(node.$ref) : null;
    if (match) {
      const key = `${match[1]}/${match[2]}`;
      if (reached.has(key)) return;
      reached.add(key);
      return visit(spec.components[match[1]][match[2]]);
    }
    for (const value of Object.values(node)) visit(value);
  };
  const params = [];
  for (const item of Object.values(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op || op['x-leadway-client'] === undefined) continue;
      const success = Object.entries(op.responses ?? {}).filter(([code]) => /^2\d\d$/.test(code));
      visit([item.parameters, op.parameters, op.requestBody, success.map(([, answer]) => answer)]);
      const query = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p));
      if (query.some((p) => p.in === 'query')) params.push(op.operationId);
    }
  }
  const schemas = Object.keys(spec.components?.schemas ?? {}).filter(
    (name) => reached.has(`schemas/${name}`) && spec.components.schemas[name]['x-open-enum'] !== true,
  );
  return [
    `import type { components } from './openapi.js';`,
    `import type { QueryOf } from '../operations/operation-types.js';`,
    '',
    ...schemas.flatMap((name) => [`/** The spec's \`${name}\` schema. */`, `export type ${name} = components['schemas'][${JSON.stringify(name)}];`]),
    '',
    ...params.flatMap((id) => [
      `/** The query parameters of \`${id}\`. */`,
      `export type ${id[0].toUpperCase()}${id.slice(1)}Params = QueryOf<${JSON.stringify(id)}>;`,
    ]),
    '',
  ].join('\n');
}
