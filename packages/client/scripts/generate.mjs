// Generates src/generated/ from the bundled spec (spec/dist/openapi.json):
//   openapi.ts: the types of every path, operation and schema (openapi-typescript), where schemas
//               marked `x-open-enum` become "named values | any other value" unions, and objects
//               with listed properties are closed (see withoutOpenObjects);
//   enums.ts:   the documented names of each open enum, as runtime constants;
//   operations.ts: the runtime description of every operation (see scripts/operation-table.mjs);
//   functions.ts, groups.ts: a function per operation and the client's groups (scripts/operation-functions.mjs);
//   types.ts:   the public names of the schemas and query types the client uses (scripts/public-types.mjs).
// Never edit the output; change the spec and run `pnpm generate`.
// With --check it writes nothing and exits 1 when the committed files differ from what the spec
// produces (the drift check CI runs; it needs no git).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { operationFunctionSources } from './operation-functions.mjs';
import { operationTableSource } from './operation-table.mjs';
import { publicTypesSource } from './public-types.mjs';

const root = new URL('..', import.meta.url);
const specPath = fileURLToPath(new URL('../../../spec/dist/openapi.json', import.meta.url));
const outDir = fileURLToPath(new URL('src/generated/', root));
const spec = JSON.parse(readFileSync(specPath, 'utf8'));

const BANNER = `/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/openapi.yaml (bundled to spec/dist/openapi.json).
 * Regenerate with \`pnpm generate\`; CI fails when this file differs from what the spec produces.
 */

`;

const f = ts.factory;
const literal = (v) =>
  f.createLiteralTypeNode(
    typeof v === 'number'
      ? v < 0
        ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createNumericLiteral(-v))
        : f.createNumericLiteral(v)
      : typeof v === 'boolean'
        ? v
          ? f.createTrue()
          : f.createFalse()
        : f.createStringLiteral(String(v)),
  );
// `(number & {})` keeps the named literals visible to editors while any other number still type-checks.
const openOf = (keyword) => f.createParenthesizedType(f.createIntersectionTypeNode([f.createKeywordTypeNode(keyword), f.createTypeLiteralNode([])]));

function openEnumType(schema) {
  const members = [];
  for (const branch of schema.anyOf ?? schema.oneOf ?? []) {
    if (Array.isArray(branch.enum)) members.push(...branch.enum.map(literal));
    else if ('const' in branch) members.push(literal(branch.const));
    else if (branch.type === 'integer' || branch.type === 'number') members.push(openOf(ts.SyntaxKind.NumberKeyword));
    else if (branch.type === 'string') members.push(openOf(ts.SyntaxKind.StringKeyword));
    else throw new Error(`x-open-enum: unsupported branch ${JSON.stringify(branch)}`);
  }
  if (schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'))) {
    members.push(f.createLiteralTypeNode(f.createNull()));
  }
  return f.createUnionTypeNode(members);
}

/**
 * The spec with `additionalProperties: true` left out of every schema that lists its `properties`,
 * for the types only. The live API adds fields the docs do not list, so the spec (and with it Prism's
 * response validation and the client's run-time checks) accepts them; but typed as
 * `& { [key: string]: unknown }` they would let a misspelled property (`conversation.fulName`)
 * compile as `unknown`. A free-form object (no `properties`) keeps its index signature.
 */
function withoutOpenObjects(node) {
  if (Array.isArray(node)) return node.map(withoutOpenObjects);
  if (typeof node !== 'object' || node === null) return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'additionalProperties' && value === true && typeof node.properties === 'object') continue;
    copy[key] = withoutOpenObjects(value);
  }
  return copy;
}

const ast = await openapiTS(withoutOpenObjects(spec), {
  alphabetize: false,
  // A default is what the server assumes when a field is absent, not a promise that it is sent.
  defaultNonNullable: false,
  exportType: false,
  rootTypes: false,
  transform(schemaObject) {
    if (schemaObject && schemaObject['x-open-enum'] === true) return openEnumType(schemaObject);
    return undefined;
  },
});

const outputs = { 'openapi.ts': BANNER + astToString(ast) };

// Runtime names of the documented values of each open enum.
const lines = [];
for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
  if (schema['x-open-enum'] !== true) continue;
  const named = (schema.anyOf ?? schema.oneOf ?? []).filter((b) => Array.isArray(b.enum));
  const entries = [];
  for (const branch of named) {
    const names = branch['x-enum-varnames'];
    const labels = branch['x-enum-descriptions'] ?? names;
    if (!Array.isArray(names) || names.length !== branch.enum.length) {
      throw new Error(`${name}: x-enum-varnames must name every documented value`);
    }
    for (const [i, value] of branch.enum.entries()) entries.push({ value, name: names[i], label: labels[i] });
  }
  lines.push(
    `/** Documented values of the open enum \`${name}\` (the API may send others; see the spec). */`,
    `export const ${name} = {`,
    // Each member carries its label as a doc comment, so the API reference documents every value.
    ...entries.flatMap((e) => [`  /** ${String(e.label).replace(/\*\//g, '* /')} */`, `  ${e.name}: ${JSON.stringify(e.value)},`]),
    `} as const;`,
    '',
    `/** Human labels of the documented values of \`${name}\`; values not listed here are undocumented. */`,
    `export const ${name}Labels: Readonly<Record<string, string>> = {`,
    ...entries.map((e) => `  ${JSON.stringify(String(e.value))}: ${JSON.stringify(e.label)},`),
    `};`,
    '',
  );
}
outputs['enums.ts'] = BANNER + lines.join('\n');
outputs['operations.ts'] = BANNER + operationTableSource(spec);
const { functions, groups } = operationFunctionSources(spec);
outputs['functions.ts'] = BANNER + functions;
outputs['groups.ts'] = BANNER + groups;
outputs['types.ts'] = BANNER + publicTypesSource(spec);

if (process.argv.includes('--check')) {
  const stale = Object.entries(outputs).filter(([name, text]) => {
    const file = `${outDir}${name}`;
    return !existsSync(file) || readFileSync(file, 'utf8') !== text;
  });
  if (stale.length > 0) {
    console.error(
      `src/generated is out of date with the spec: ${stale.map(([n]) => n).join(', ')}.\n` +
        'Run `pnpm generate` and commit the result; never edit generated files by hand.',
    );
    process.exit(1);
  }
  console.log('src/generated matches the spec.');
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(outputs)) writeFileSync(`${outDir}${name}`, text);
  console.log(`generated ${Object.keys(outputs).join(', ')} in ${outDir}`);
}
