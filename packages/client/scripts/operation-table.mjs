// Builds src/generated/operations.ts from the bundled spec: one exported constant per operation
// (method, path, path and query parameters with their checks, body check, success statuses and
// content type, `x-leadway-retryable`, `x-leadway-pagination`), each stating only what differs from
// OperationSpec's defaults, and one constant per request-side component schema they share. Each
// schema is compiled to a check by scripts/rule-source.mjs.

import { refTarget, ruleCompiler } from './rule-source.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** @returns {string} the TypeScript source (without the banner) */
export function operationTableSource(spec) {
  const { rule, resolveTokens, declarations, imports } = ruleCompiler(spec);
  const resolve = (node) => (node?.$ref ? refTarget(spec, node.$ref) : node);

  const operationSources = [];
  const ids = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const shared = (item.parameters ?? []).map(resolve);
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const id = op.operationId;
      if (!id) throw new Error(`${method.toUpperCase()} ${path}: no operationId`);
      const where = `${id} (${method.toUpperCase()} ${path})`;
      if (typeof op['x-leadway-retryable'] !== 'boolean') {
        throw new Error(`${where}: x-leadway-retryable must say (true or false) whether a failed attempt may be sent again`);
      }
      const own = (op.parameters ?? []).map(resolve);
      const params = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
      let version;
      const checks = { path: [], query: [] };
      const required = [];
      const joined = [];
      for (const p of params) {
        if (p.in === 'cookie') throw new Error(`${where}: cookie parameters are not supported`);
        if (p.in === 'header' && p.name === 'Version') {
          const values = p.schema?.const !== undefined ? [p.schema.const] : p.schema?.enum;
          if (Array.isArray(values) && values.length === 1) version = String(values[0]);
        }
        // Headers are the client's own (credentials, Version): only their fixed Version is kept.
        if (p.in === 'header') continue;
        if (p.name === '__proto__') throw new Error(`${where}: a parameter named __proto__ cannot be a key of the table`);
        checks[p.in].push(`${propertyKey(p.name)}: ${rule(p.schema, `${where} ${p.in} ${p.name}`)}`);
        if (p.in === 'query' && p.required === true) required.push(p.name);
        // Arrays in a query are repeated (`a=1&a=2`, OpenAPI's default) unless the spec says `explode: false` (`a=1,2`).
        if (p.in === 'query' && p.explode === false) joined.push(p.name);
      }
      const fields = [
        `id: ${JSON.stringify(id)}`,
        `method: ${JSON.stringify(method.toUpperCase())}`,
        `path: ${JSON.stringify(path)}`,
        `retryable: ${op['x-leadway-retryable']}`,
      ];
      if (checks.path.length) fields.push(`pathParameters: { ${checks.path.join(', ')} }`);
      if (checks.query.length) fields.push(`query: { ${checks.query.join(', ')} }`);
      if (required.length) fields.push(`requiredQuery: ${JSON.stringify(required)}`);
      if (joined.length) fields.push(`joined: ${JSON.stringify(joined)}`);
      if (version !== undefined) fields.push(`version: ${JSON.stringify(version)}`);
      const requestBody = resolve(op.requestBody);
      if (requestBody) {
        const [contentType, media] = Object.entries(requestBody.content ?? {})[0] ?? [];
        if (!contentType) throw new Error(`${where}: a request body without content`);
        // Written only where they differ from OperationSpec's defaults: a JSON body that is required.
        const bodyFields = [
          ...(contentType === 'application/json' ? [] : [`contentType: ${JSON.stringify(contentType)}`]),
          ...(requestBody.required === true ? [] : ['required: false']),
          `check: ${rule(media.schema, `${where} body`)}`,
          ...formFields(contentType, resolve(media.schema)),
        ];
        fields.push(`body: { ${bodyFields.join(', ')} }`);
      }
      const success = Object.keys(op.responses ?? {})
        .filter((code) => /^2\d\d$/.test(code))
        .map(Number);
      if (success.length === 0) throw new Error(`${where}: no success response`);
      if (success.join() !== '200') fields.push(`success: [${success.join(', ')}]`);
      const firstSuccess = resolve(op.responses[String(success[0])]);
      const responseType = Object.keys(firstSuccess?.content ?? {})[0];
      if (responseType !== 'application/json') fields.push(`responseType: ${responseType === undefined ? 'null' : JSON.stringify(responseType)}`);
      const pagination = op['x-leadway-pagination'];
      if (pagination !== undefined) {
        checkPagination(pagination, params, where);
        const limit = params.find((p) => p.in === 'query' && p.name === (pagination.limitParam ?? 'limit'));
        const withLimit = { ...pagination };
        if (limit) {
          withLimit.limitParam = limit.name;
          if (typeof limit.schema?.default === 'number') withLimit.defaultLimit = limit.schema.default;
        }
        fields.push(`pagination: ${JSON.stringify(withLimit)}`);
      }
      const client = op['x-leadway-client'];
      if (client !== undefined && !/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/.test(client)) throw new Error(`${where}: x-leadway-client must be 'group.method'`);
      // Where the spec cannot speak, the grouped method is written by hand: the table names the place.
      const handWritten =
        op['x-leadway-hand-written'] !== undefined
          ? `\n *\n * Written by hand around this entry: ${String(op['x-leadway-hand-written']).replace(/\*\//g, '* /')}.`
          : '';
      operationSources.push(
        `/**\n * \`${method.toUpperCase()} ${path}\`: ${String(op.summary ?? id).replace(/\*\//g, '* /')}.` +
          `${client === undefined ? '' : ` On the client: \`${client}\`.`} ${op['x-leadway-retryable'] ? 'Retryable.' : 'Never sent twice.'}${handWritten}\n */\n` +
          `export const ${id}Operation: OperationSpec = {\n  ${fields.join(',\n  ')},\n};\n`,
      );
      ids.push(id);
    }
  }

  const schemaSources = declarations();
  return [
    `import type { OperationSpec } from '../operations/operation-spec.js';`,
    ...imports(),
    '',
    `// Each rule is its schema's check, composed of the keyword checks of rule-checks.ts. Rules used more`,
    `// than once are shared constants (rule1, rule2, ...); each component schema is one.`,
    ...schemaSources,
    `// Each operation's entry says only what it has and what differs from OperationSpec's defaults`,
    `// (success [200], a JSON answer, a JSON body that is required). A bundle keeps the entries it uses.`,
    '',
    ...operationSources.map(resolveTokens),
    `/** Every operation of the spec, by operationId. Importing this keeps them all in a bundle: import single \`...Operation\` constants where size matters. */`,
    `export const operationsById = {`,
    ...ids.map((id) => `  ${id}: ${id}Operation,`),
    `} as const;`,
    '',
    `/** The operationIds of the spec. */`,
    `export type OperationId = keyof typeof operationsById;`,
    '',
  ].join('\n');
}

/** A multipart form's field names (the schema's `properties`), which its builder reads from the caller's input. */
function formFields(contentType, schema) {
  if (contentType !== 'multipart/form-data') return [];
  return [`properties: ${JSON.stringify(Object.keys(schema?.properties ?? {}))}`];
}

/** `name` as an object literal's key: bare when it is an identifier. */
function propertyKey(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

function checkPagination(p, params, where) {
  const fail = (problem) => {
    throw new Error(`${where}: x-leadway-pagination ${problem}`);
  };
  if (typeof p !== 'object' || p === null) fail('must be an object');
  if (p.style !== 'keyset' && p.style !== 'cursor') fail(`style must be 'keyset' or 'cursor', got ${JSON.stringify(p.style)}`);
  for (const key of ['cursorParam', 'cursorFrom', 'items']) if (typeof p[key] !== 'string') fail(`needs ${key}`);
  if (!params.some((q) => q.in === 'query' && q.name === p.cursorParam)) fail(`names cursorParam '${p.cursorParam}', which is not a query parameter`);
  const known = new Set(['style', 'cursorParam', 'cursorFrom', 'cursorFallback', 'items', 'more', 'limitParam']);
  for (const key of Object.keys(p)) if (!known.has(key)) fail(`has an unknown key '${key}'`);
}
