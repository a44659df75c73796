// The rule compiler (scripts/rule-source.mjs) and the keyword checks it composes
// (src/operations/rule-checks.ts) on schemas written for this test, with the keywords the spec does
// not use today (oneOf, allOf, dependentRequired, minProperties, exclusive bounds, a $ref narrowed by
// siblings, a list of types, if/else with not): the compiled checks give Ajv's verdict (the validator
// under Prism's request validation) on a corpus and on fast-check values, and say what broke in words.
// operation-table.test.ts holds the spec's own schemas to Ajv the same way.
import { createSpecValidator } from '@leadway/spec/validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as formatChecks from '../../src/operations/format-checks.js';
import type { Check } from '../../src/operations/rule-checks.js';
import * as ruleChecks from '../../src/operations/rule-checks.js';

type Compiler = {
  rule: (schema: unknown, where: string) => string;
  resolveTokens: (source: string) => string;
  declarations: () => string[];
};
const { ruleCompiler } = (await import('../../scripts/rule-source.mjs' as string)) as { ruleCompiler: (spec: unknown) => Compiler };

const ruleSaid = (words: string) => ({ 'x-leadway-rule': words });
/** JSON Schema's `if`/`then`/`else` keywords. */
const conditional = (condition: unknown, then: unknown, otherwise?: unknown) => ({
  if: condition,
  then,
  ...(otherwise === undefined ? {} : { else: otherwise }),
});
const bigKind = { required: ['kind'], properties: { kind: { const: 'big' } } };
const SCHEMAS: Record<string, unknown> = {
  Window: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10, ...ruleSaid('a window is between 0 and 10, both left out') },
  Narrowed: { $ref: '#/components/schemas/Window', maximum: 5 },
  Contact: {
    type: 'object',
    properties: { email: { type: 'string', format: 'email' }, phone: { type: 'string' }, name: { type: 'string' } },
    dependentRequired: { phone: ['name'] },
    minProperties: 1,
    additionalProperties: false,
  },
  ContactWithEmail: { allOf: [{ $ref: '#/components/schemas/Contact' }, { required: ['email'] }] },
  Size: { oneOf: [{ type: 'string', enum: ['small', 'large'] }, { type: 'integer' }, { type: 'number', maximum: 5 }] },
  Label: { type: ['string', 'null'], maxLength: 3 },
  Tags: { type: 'array', minItems: 1, maxItems: 3, items: { anyOf: [{ type: 'string', minLength: 2 }, { const: 1 }] } },
  Order: {
    type: 'object',
    properties: { kind: { type: 'string' }, size: { type: 'integer' } },
    ...conditional(
      bigKind,
      { properties: { size: { minimum: 10 } }, ...ruleSaid('a big order is at least 10') },
      { not: { required: ['size'], ...ruleSaid('only a big order has a size') } },
    ),
  },
  // The same then-branch as Order's but other words: each keeps its own.
  Parcel: {
    type: 'object',
    properties: { kind: { type: 'string' }, size: { type: 'integer' } },
    ...conditional(bigKind, { properties: { size: { minimum: 10 } }, ...ruleSaid('a big parcel is at least 10') }),
  },
  Anything: { format: 'a-format-the-client-does-not-know' },
};
const doc = { openapi: '3.1.0', info: { title: 'rule checks', version: '1' }, paths: {}, components: { schemas: SCHEMAS } };
const { validateAt } = createSpecValidator(doc);

/** Each schema's check, compiled as `pnpm generate` compiles the spec's, and run. */
function compile(): Record<string, Check> {
  const { rule, resolveTokens, declarations } = ruleCompiler(doc);
  const names = Object.keys(SCHEMAS);
  const tokens = names.map((name) => rule({ $ref: `#/components/schemas/${name}` }, name));
  const source = `${declarations()
    .join('\n')
    .replace(/: Check =/g, ' =')}\nreturn [${tokens.map(resolveTokens).join(', ')}];`;
  const checks: Record<string, unknown> = { ...ruleChecks, ...formatChecks };
  const compiled = new Function(...Object.keys(checks), source)(...Object.values(checks)) as Check[];
  return Object.fromEntries(names.map((name, i) => [name, compiled[i]!]));
}
const checks = compile();

const CORPUS: unknown[] = [
  null,
  true,
  0,
  1,
  2,
  4,
  5,
  5.5,
  10,
  12,
  -1,
  '',
  'ab',
  'abcd',
  'small',
  'big',
  [],
  [1],
  ['ab', 1],
  ['a'],
  ['ab', 'cd', 'ef', 'gh'],
  {},
  { email: 'someone@example.com' },
  { email: 'not an address' },
  { phone: '1' },
  { phone: '1', name: 'n' },
  { other: 1 },
  { kind: 'big' },
  { kind: 'big', size: 9 },
  { kind: 'big', size: 10 },
  { kind: 'small', size: 1 },
  { kind: 'small' },
  { size: 3 },
];

function disagreements(values: unknown[]): string[] {
  const found: string[] = [];
  for (const [name, check] of Object.entries(checks)) {
    for (const value of values) {
      const ajv = validateAt(`#/components/schemas/${name}`, value).ok;
      const client = check(value, 'value') === undefined;
      if (ajv !== client) found.push(`${name}: ${JSON.stringify(value)} ajv=${ajv} client=${client}`);
    }
  }
  return found;
}

const problem = (name: string, value: unknown) => checks[name]!(value, 'body');

describe('the rule compiler against Ajv, on keywords the spec does not use yet', () => {
  it('agrees on a corpus of values', () => {
    expect(disagreements(CORPUS)).toEqual([]);
  });

  it('agrees on arbitrary JSON values (fast-check, fixed seed)', () => {
    const values = fc.sample(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...CORPUS)), { numRuns: 3000, seed: 20261201 });
    expect(disagreements(values)).toEqual([]);
  });
});

describe('what the compiled checks say', () => {
  it('numbers: exclusive bounds with the rule in words, and sibling keywords narrowing a $ref', () => {
    expect(problem('Window', 0)).toEqual({ field: 'body', problem: 'must be more than 0, got 0: a window is between 0 and 10, both left out' });
    expect(problem('Window', 10)?.problem).toBe('must be less than 10, got 10: a window is between 0 and 10, both left out');
    expect(problem('Narrowed', 6)?.problem).toBe('must be at most 5, got 6');
    expect(problem('Narrowed', 4)).toBeUndefined();
  });

  it('objects: minProperties, dependentRequired, unknown properties, and allOf', () => {
    expect(problem('Contact', {})?.problem).toBe('needs at least 1 property');
    expect(problem('Contact', { phone: '1' })).toEqual({ field: 'body.name', problem: 'is required when phone is given' });
    expect(problem('Contact', { nickname: 'x' })).toEqual({ field: 'body.nickname', problem: 'is not a known property (known: email, phone, name)' });
    expect(problem('Contact', { email: 'nope' })).toEqual({ field: 'body.email', problem: 'must be an email address' });
    expect(problem('ContactWithEmail', { name: 'n' })).toEqual({ field: 'body.email', problem: 'is required' });
  });

  it('oneOf: no branch, the branch of the value type, and more than one', () => {
    expect(problem('Size', true)?.problem).toBe('expected one of small, large or a whole number or a number, got boolean');
    expect(problem('Size', 'medium')?.problem).toBe("must be one of small, large; got 'medium'");
    expect(problem('Size', 4)?.problem).toBe('matches more than one of the allowed forms; it must match exactly one');
    expect(problem('Size', 5.5)?.problem).toBe('must be at most 5, got 5.5');
  });

  it('a list of types, arrays and their items', () => {
    expect(problem('Label', null)).toBeUndefined();
    expect(problem('Label', 1)?.problem).toBe('expected a string or null, got the number 1');
    expect(problem('Tags', [])?.problem).toBe('needs at least 1 item, got 0');
    expect(problem('Tags', ['ab', 'cd', 'ef', 'gh'])?.problem).toBe('takes at most 3 items, got 4');
    expect(problem('Tags', ['ab', 'a'])).toEqual({ field: 'body[1]', problem: 'must be at least 2 characters, got 1' });
  });

  it('if/then/else and not, each branch with its own words', () => {
    expect(problem('Order', { kind: 'big', size: 9 })).toEqual({ field: 'body.size', problem: 'must be at least 10, got 9: a big order is at least 10' });
    expect(problem('Parcel', { kind: 'big', size: 9 })?.problem).toBe('must be at least 10, got 9: a big parcel is at least 10');
    expect(problem('Order', { kind: 'small', size: 1 })).toEqual({ field: 'body', problem: 'only a big order has a size' });
    expect(problem('Order', { kind: 'small' })).toBeUndefined();
  });

  it('leaves a format it does not know to the server', () => {
    expect(problem('Anything', 'whatever')).toBeUndefined();
  });
});
