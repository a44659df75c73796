// Builds src/generated/operations.ts from the bundled spec: one exported constant per operation
// (method, path, parameters with their schemas, body schema, success statuses and content type,
// `x-leadway-retryable`, `x-leadway-pagination`), and one constant per request-side component
// schema they share. Only the JSON Schema keywords the client checks are kept (see SchemaRule in
// src/operations/operation-spec.ts); descriptions and examples are dropped.

const KEPT = new Set([
  'type',
  'enum',
  'const',
  'required',
  'properties',
  'additionalProperties',
  'minProperties',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'items',
  'minItems',
  'maxItems',
  'anyOf',
  'oneOf',
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'dependentRequired',
  'x-leadway-rule',
]);
const SUBSCHEMA = new Set(['items', 'not', 'if', 'then', 'else']);
const SUBSCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf']);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** @returns {string} the TypeScript source (without the banner) */
export function operationTableSource(spec) {
  // Every rule is interned: identical rules (`{ type: 'string' }`, the same enum, ...) become one
  // constant, and a component schema always is one. `rule()` returns a token; `definitions` keeps
  // them in the order they were completed (children first), so constants are declared before use.
  const definitions = []; // { token, name?, source, uses }
  const byKey = new Map();
  const inProgress = new Set();
  const define = (key, source, name) => {
    let entry = byKey.get(key);
    if (!entry) {
      entry = { token: `@@${definitions.length}@@`, name, source, uses: 0 };
      byKey.set(key, entry);
      definitions.push(entry);
    }
    entry.uses += 1;
    return entry.token;
  };
  const pointer = (ref) => {
    const parts = ref.replace(/^#\//, '').split('/');
    let node = spec;
    for (const part of parts) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
    return node;
  };
  const constName = (name) => `schema${name.replace(/[^A-Za-z0-9]/g, '')}`;
  const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

  /** The token of a rule; a component $ref becomes its shared constant. */
  function rule(schema, where) {
    if (schema === true || schema === undefined) return define('{}', '{}');
    if (typeof schema !== 'object' || schema === null) throw new Error(`${where}: not a schema`);
    if (schema.$ref) {
      const match = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref);
      if (!match) return rule(pointer(schema.$ref), where);
      const name = match[1];
      const componentKey = `component:${name}`;
      if (!byKey.has(componentKey)) {
        if (inProgress.has(name)) throw new Error(`${where}: the request schema ${name} refers to itself, which the table cannot hold`);
        inProgress.add(name);
        const target = rule(pointer(schema.$ref), `#/components/schemas/${name}`);
        inProgress.delete(name);
        define(componentKey, target, constName(name));
        byKey.get(componentKey).uses -= 1;
      }
      const token = define(componentKey);
      // Sibling keywords of a $ref (3.1 allows them) narrow it further.
      const siblings = Object.keys(schema).filter((k) => k !== '$ref' && KEPT.has(k));
      if (siblings.length === 0) return token;
      const narrowed = rule(pick(schema, siblings), where);
      return define(`{ allOf: [${token}, ${narrowed}] }`, `{ allOf: [${token}, ${narrowed}] }`);
    }
    // An open enum takes any value of its open branches' types: the named values add no rule, so the
    // table keeps only the types (the named values live in enums.ts and the types).
    if (schema['x-open-enum'] === true) {
      const types = (schema.anyOf ?? schema.oneOf ?? []).filter((b) => !Array.isArray(b.enum) && b.type !== undefined).map((b) => b.type);
      const nullable = Array.isArray(schema.type) && schema.type.includes('null') ? ['null'] : [];
      const all = [...new Set([...types.flat(), ...nullable])];
      if (all.length === 0) throw new Error(`${where}: an open enum without an open branch`);
      const source = `{ type: ${JSON.stringify(all.length === 1 ? all[0] : all)} }`;
      return define(source, source);
    }
    const fields = [];
    for (const [name, value] of Object.entries(schema)) {
      if (!KEPT.has(name)) continue;
      if (name === 'additionalProperties') {
        if (value === false) fields.push('additionalProperties: false');
        continue;
      }
      let source;
      if (name === 'properties') {
        source = `{ ${Object.entries(value)
          .map(([p, s]) => `${key(p)}: ${rule(s, `${where}.${p}`)}`)
          .join(', ')} }`;
      } else if (SUBSCHEMA.has(name)) {
        source = rule(value, `${where}/${name}`);
      } else if (SUBSCHEMA_LISTS.has(name)) {
        source = `[${value.map((s, i) => rule(s, `${where}/${name}/${i}`)).join(', ')}]`;
      } else {
        source = JSON.stringify(value);
      }
      fields.push(`${key(name)}: ${source}`);
    }
    const source = `{ ${fields.join(', ')} }`;
    return define(source, source);
  }

  /** The source with every token replaced: a constant's name, or the rule itself when used once. */
  function resolveTokens(source) {
    return source.replace(/@@(\d+)@@/g, (_, index) => {
      const entry = definitions[Number(index)];
      return entry.emitted ? entry.emitted : resolveTokens(entry.source);
    });
  }

  const resolve = (node) => (node?.$ref ? pointer(node.$ref) : node);

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
        // Headers are the client's own (credentials, Version): only their fixed Version is kept.
        if (p.in === 'header') continue;
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

      lines.push(`  parameters: [${parameterSources.map((s) => `\n    ${s},`).join('')}${parameterSources.length ? '\n  ' : ''}],`);
      const requestBody = resolve(op.requestBody);
      if (requestBody) {
        const [contentType, media] = Object.entries(requestBody.content ?? {})[0] ?? [];
        if (!contentType) throw new Error(`${where}: a request body without content`);
        lines.push(
          `  body: { contentType: ${JSON.stringify(contentType)}, required: ${requestBody.required === true}, schema: ${rule(media.schema, `${where} body`)} },`,
        );
      }
      const success = Object.keys(op.responses ?? {})
        .filter((code) => /^2\d\d$/.test(code))
        .map(Number);
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
      // Where the spec cannot speak, the grouped method is written by hand: the table names the place.
      const handWritten =
        op['x-leadway-hand-written'] !== undefined
          ? `\n *\n * Written by hand around this entry: ${String(op['x-leadway-hand-written']).replace(/\*\//g, '* /')}.`
          : '';
      operationSources.push(
        `/**\n * \`${method.toUpperCase()} ${path}\`: ${String(op.summary ?? id).replace(/\*\//g, '* /')}.${handWritten}\n */\nexport const ${id}Operation: OperationSpec = {\n${lines.join('\n')}\n};\n`,
      );
      ids.push(id);
    }
  }

  const schemaSources = [];
  let shared = 0;
  for (const entry of definitions) {
    if (entry.name === undefined && entry.uses < 2) continue;
    const name = entry.name ?? `rule${++shared}`;
    const doc = entry.name ? `/** Request-side rules of the spec's \`${entry.name.replace(/^schema/, '')}\` schema. */\n` : '';
    schemaSources.push(`${doc}const ${name}: SchemaRule = ${resolveTokens(entry.source)};\n`);
    entry.emitted = name;
  }
  return [
    `import type { OperationSpec, SchemaRule } from '../operations/operation-spec.js';`,
    '',
    `// Rules used more than once are shared constants (rule1, rule2, ...); each component schema is one.`,
    ...schemaSources,
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
  const known = new Set(['style', 'cursorParam', 'cursorFrom', 'cursorFallback', 'items', 'more', 'limitParam']);
  for (const key of Object.keys(p)) if (!known.has(key)) fail(`has an unknown key '${key}'`);
}
