// Builds src/generated/operations.ts from the bundled spec: one exported constant per operation
// (method, path, parameters with their schemas, body schema, success statuses and content type,
// `x-leadway-retryable`, `x-leadway-pagination`), and one constant per request-side component
// schema they share. Only the JSON Schema keywords the client checks are kept (see SchemaRule in
// src/operations/operation-spec.ts); descriptions and examples are dropped.

const KEPT = new Set([
  'type', 'enum', 'const', 'required', 'properties', 'additionalProperties', 'minProperties',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern',
  'format', 'items', 'minItems', 'maxItems', 'anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else',
  'dependentRequired', 'x-leadway-rule',
]);
const SUBSCHEMA = new Set(['items', 'not', 'if', 'then', 'else']);
const SUBSCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf']);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** @returns {string} the TypeScript source (without the banner) */
export function operationTableSource(spec) {
  const schemaConsts = new Map(); // component name -> source of its rule (in dependency order)
  const inProgress = new Set();
  const pointer = (ref) => {
    const parts = ref.replace(/^#\//, '').split('/');
    let node = spec;
    for (const part of parts) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
    return node;
  };
  const constName = (name) => `schema${name.replace(/[^A-Za-z0-9]/g, '')}`;

  /** Source of a rule; a component $ref becomes a reference to its shared constant. */
  function rule(schema, where) {
    if (schema === true || schema === undefined) return '{}';
    if (typeof schema !== 'object' || schema === null) throw new Error(`${where}: not a schema`);
    if (schema.$ref) {
      const match = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref);
      if (!match) return rule(pointer(schema.$ref), where);
      const name = match[1];
      if (!schemaConsts.has(name)) {
        if (inProgress.has(name)) throw new Error(`${where}: the request schema ${name} refers to itself, which the table cannot hold`);
        inProgress.add(name);
        // Its dependencies are added first, so every constant is declared before it is used.
        const source = rule(pointer(schema.$ref), `#/components/schemas/${name}`);
        inProgress.delete(name);
        schemaConsts.set(name, source);
      }
      // Sibling keywords of a $ref (3.1 allows them) narrow it further.
      const siblings = Object.keys(schema).filter((k) => k !== '$ref' && KEPT.has(k));
      return siblings.length === 0 ? constName(name) : `{ allOf: [${constName(name)}, ${rule(pick(schema, siblings), where)}] }`;
    }
    // An open enum takes any value of its open branches' types: the named values add no rule, so the
    // table keeps only the types (the named values live in enums.ts and the types).
    if (schema['x-open-enum'] === true) {
      const types = (schema.anyOf ?? schema.oneOf ?? []).filter((b) => !Array.isArray(b.enum) && b.type !== undefined).map((b) => b.type);
      const nullable = Array.isArray(schema.type) && schema.type.includes('null') ? ['null'] : [];
      const all = [...new Set([...types.flat(), ...nullable])];
      if (all.length === 0) throw new Error(`${where}: an open enum without an open branch`);
      return `{ type: ${JSON.stringify(all.length === 1 ? all[0] : all)} }`;
    }
    const fields = [];
    for (const [key, value] of Object.entries(schema)) {
      if (!KEPT.has(key)) continue;
      if (key === 'additionalProperties') {
        if (value === false) fields.push('additionalProperties: false');
        continue;
      }
      let source;
      if (key === 'properties') {
        source = `{ ${Object.entries(value).map(([p, s]) => `${JSON.stringify(p)}: ${rule(s, `${where}.${p}`)}`).join(', ')} }`;
      } else if (SUBSCHEMA.has(key)) {
        source = rule(value, `${where}/${key}`);
      } else if (SUBSCHEMA_LISTS.has(key)) {
        source = `[${value.map((s, i) => rule(s, `${where}/${key}/${i}`)).join(', ')}]`;
      } else {
        source = JSON.stringify(value);
      }
      fields.push(`${JSON.stringify(key)}: ${source}`);
    }
    return `{ ${fields.join(', ')} }`;
  }

  const resolve = (node) => (node && node.$ref ? pointer(node.$ref) : node);

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
      const parameterSources = [];
      for (const p of params) {
        if (p.in === 'cookie') throw new Error(`${where}: cookie parameters are not supported`);
        if (p.in === 'header' && p.name === 'Version') {
          const values = p.schema?.const !== undefined ? [p.schema.const] : p.schema?.enum;
          if (Array.isArray(values) && values.length === 1) version = String(values[0]);
        }
        // Arrays in a query are repeated (`a=1&a=2`, OpenAPI's default) unless the spec says `explode: false` (`a=1,2`).
        const joined = p.in === 'query' && p.explode === false ? ', explode: false' : '';
        parameterSources.push(
          `{ in: ${JSON.stringify(p.in)}, name: ${JSON.stringify(p.name)}, required: ${p.required === true}, schema: ${rule(p.schema, `${where} ${p.in} ${p.name}`)}${joined} }`,
        );
      }
      const lines = [
        `  id: ${JSON.stringify(id)},`,
        `  method: ${JSON.stringify(method.toUpperCase())},`,
        `  path: ${JSON.stringify(path)},`,
        `  retryable: ${op['x-leadway-retryable']},`,
      ];
      if (version !== undefined) lines.push(`  version: ${JSON.stringify(version)},`);
      if (op['x-leadway-client'] !== undefined) {
        if (!/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/.test(op['x-leadway-client'])) throw new Error(`${where}: x-leadway-client must be 'group.method'`);
        lines.push(`  client: ${JSON.stringify(op['x-leadway-client'])},`);
      }
      if (op['x-leadway-hand-written'] !== undefined) lines.push(`  handWritten: ${JSON.stringify(String(op['x-leadway-hand-written']))},`);
      lines.push(`  parameters: [${parameterSources.map((s) => `\n    ${s},`).join('')}${parameterSources.length ? '\n  ' : ''}],`);
      const requestBody = resolve(op.requestBody);
      if (requestBody) {
        const [contentType, media] = Object.entries(requestBody.content ?? {})[0] ?? [];
        if (!contentType) throw new Error(`${where}: a request body without content`);
        lines.push(`  body: { contentType: ${JSON.stringify(contentType)}, required: ${requestBody.required === true}, schema: ${rule(media.schema, `${where} body`)} },`);
      }
      const success = Object.keys(op.responses ?? {}).filter((code) => /^2\d\d$/.test(code)).map(Number);
      if (success.length === 0) throw new Error(`${where}: no success response`);
      lines.push(`  success: [${success.join(', ')}],`);
      const firstSuccess = resolve(op.responses[String(success[0])]);
      const responseType = Object.keys(firstSuccess?.content ?? {})[0];
      if (responseType) lines.push(`  responseType: ${JSON.stringify(responseType)},`);
      const pagination = op['x-leadway-pagination'];
      if (pagination !== undefined) {
        checkPagination(pagination, params, where);
        lines.push(`  responseArray: ${JSON.stringify(pagination.items)},`);
        const limit = params.find((p) => p.in === 'query' && p.name === (pagination.limitParam ?? 'limit'));
        const withLimit = { ...pagination };
        if (limit) {
          withLimit.limitParam = limit.name;
          if (typeof limit.schema?.default === 'number') withLimit.defaultLimit = limit.schema.default;
        }
        lines.push(`  pagination: ${JSON.stringify(withLimit)},`);
      }
      operationSources.push(
        `/** \`${method.toUpperCase()} ${path}\`: ${String(op.summary ?? id).replace(/\*\//g, '* /')}. */\nexport const ${id}Operation: OperationSpec = {\n${lines.join('\n')}\n};\n`,
      );
      ids.push(id);
    }
  }

  const schemaSources = [...schemaConsts].map(
    ([name, source]) => `/** Request-side rules of the spec's \`${name}\` schema. */\nconst ${constName(name)}: SchemaRule = ${source};\n`,
  );
  return [
    `import type { OperationSpec, SchemaRule } from '../operations/operation-spec.js';`,
    '',
    ...schemaSources,
    ...operationSources,
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

function pick(object, keys) {
  return Object.fromEntries(keys.map((k) => [k, object[k]]));
}

function checkPagination(p, params, where) {
  const fail = (problem) => {
    throw new Error(`${where}: x-leadway-pagination ${problem}`);
  };
  if (typeof p !== 'object' || p === null) fail('must be an object');
  if (p.style !== 'keyset' && p.style !== 'cursor') fail(`style must be 'keyset' or 'cursor', got ${JSON.stringify(p.style)}`);
  for (const key of ['cursorParam', 'cursorFrom', 'items']) if (typeof p[key] !== 'string') fail(`needs ${key}`);
  if (!params.some((q) => q.in === 'query' && q.name === p.cursorParam)) fail(`names cursorParam '${p.cursorParam}', which is not a query parameter`);
  const known = new Set(['style', 'cursorParam', 'cursorFrom', 'items', 'more', 'limitParam']);
  for (const key of Object.keys(p)) if (!known.has(key)) fail(`has an unknown key '${key}'`);
}
