// The keyword checks that `pnpm generate` composes each input rule of the spec from
// (src/generated/operations.ts): one small function per JSON Schema keyword, so a bundle holds only
// the checks its operations use. Every check returns the first place where a value breaks its rule,
// or undefined; a keyword that reads one JSON type (length, items, properties...) lets values of
// other types through, as JSON Schema does, and `type` refuses them.
import { describe, typeWords } from './rule-words.js';

/** Where a value breaks a rule, and how. */
export interface Violation {
  /** The field, e.g. `body.attachments[3]`. */
  field: string;
  /** The rule broken, in words, with the value's type or value where that helps. */
  problem: string;
}

/** One rule of the spec, compiled: the first place where `value`, found at `field`, breaks it, or undefined. */
export type Check = (value: unknown, field: string) => Violation | undefined;

/** A JSON Schema type name (`string`, `integer`, ...), or a list of them. */
export type TypeNames = string | readonly string[];

/** A schema with no rule the value can break (`true`, `{}`). */
export const anything: Check = () => undefined;

/** Every check in order (the keywords of one schema, an `allOf`): the first violation. */
export const all =
  (...checks: readonly Check[]): Check =>
  (value, field) => {
    for (const check of checks) {
      const violation = check(value, field);
      if (violation) return violation;
    }
    return undefined;
  };

/** `type`: the value is of one of these JSON types (`integer`: a whole number). */
export const type =
  (types: TypeNames): Check =>
  (value, field) =>
    hasType(value, types) ? undefined : { field, problem: `expected ${typeWords(types)}, got ${describe(value)}` };

/** `const`. */
export const constant =
  (expected: unknown): Check =>
  (value, field) =>
    sameJson(value, expected) ? undefined : { field, problem: `must be ${JSON.stringify(expected)}, got ${describe(value)}` };

/** `enum`. */
export const enumValues =
  (values: readonly unknown[]): Check =>
  (value, field) =>
    values.some((allowed) => sameJson(value, allowed))
      ? undefined
      : { field, problem: `must be one of ${values.map(String).join(', ')}; got ${describe(value)}` };

/**
 * A number is finite and within `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`;
 * `why` (the schema's `x-leadway-rule`) follows the problem.
 */
export const number =
  (minimum?: number, maximum?: number, exclusiveMinimum?: number, exclusiveMaximum?: number, why?: string): Check =>
  (value, field) => {
    if (typeof value !== 'number') return undefined;
    let problem: string | undefined;
    if (!Number.isFinite(value)) problem = `must be a finite number, got ${value}`;
    else if (minimum !== undefined && value < minimum) problem = `must be at least ${minimum}, got ${value}`;
    else if (maximum !== undefined && value > maximum) problem = `must be at most ${maximum}, got ${value}`;
    else if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) problem = `must be more than ${exclusiveMinimum}, got ${value}`;
    else if (exclusiveMaximum !== undefined && value >= exclusiveMaximum) problem = `must be less than ${exclusiveMaximum}, got ${value}`;
    if (problem === undefined) return undefined;
    return { field, problem: why ? `${problem}: ${why}` : problem };
  };

/** `minLength`, `maxLength` of a string, in Unicode code points as JSON Schema counts them. */
export const length =
  (minLength: number | undefined, maxLength?: number): Check =>
  (value, field) => {
    if (typeof value !== 'string') return undefined;
    const count = codePoints(value);
    if (minLength !== undefined && count < minLength) {
      return { field, problem: minLength === 1 ? 'must not be empty' : `must be at least ${minLength} characters, got ${count}` };
    }
    if (maxLength !== undefined && count > maxLength) return { field, problem: `must be at most ${maxLength} characters, got ${count}` };
    return undefined;
  };

/** `pattern` (or a `format`): a string matches `test`, else `problem`. */
export const pattern =
  (test: { test(text: string): boolean }, problem: string): Check =>
  (value, field) =>
    typeof value !== 'string' || test.test(value) ? undefined : { field, problem };

/** `minItems`, `maxItems` and `items` of an array. */
export const array =
  (minItems: number | undefined, maxItems?: number, items?: Check): Check =>
  (value, field) => {
    if (!Array.isArray(value)) return undefined;
    if (minItems !== undefined && value.length < minItems) {
      return { field, problem: `needs at least ${minItems} item${minItems === 1 ? '' : 's'}, got ${value.length}` };
    }
    if (maxItems !== undefined && value.length > maxItems) return { field, problem: `takes at most ${maxItems} items, got ${value.length}` };
    if (items) {
      for (let i = 0; i < value.length; i++) {
        const violation = items(value[i], `${field}[${i}]`);
        if (violation) return violation;
      }
    }
    return undefined;
  };

/**
 * `required`, `minProperties`, `properties` and `additionalProperties: false` (`closed`) of an
 * object. A property counts as given when it is the object's own and not undefined.
 */
export const object =
  (required: readonly string[], properties: Readonly<Record<string, Check>> = {}, closed?: boolean, minProperties?: number): Check =>
  (value, field) => {
    if (!isObject(value)) return undefined;
    for (const key of required) {
      if (!isGiven(value, key)) return { field: `${field}.${key}`, problem: 'is required' };
    }
    const keys = Object.keys(value);
    if (minProperties !== undefined && keys.filter((key) => isGiven(value, key)).length < minProperties) {
      return { field, problem: `needs at least ${minProperties} propert${minProperties === 1 ? 'y' : 'ies'}` };
    }
    for (const key of keys) {
      const child = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (child === undefined) {
        if (closed) return { field: `${field}.${key.slice(0, 40)}`, problem: `is not a known property (known: ${Object.keys(properties).join(', ')})` };
        continue;
      }
      if (value[key] === undefined) continue;
      const violation = child(value[key], `${field}.${key}`);
      if (violation) return violation;
    }
    return undefined;
  };

/** `dependentRequired`: when a property is given, the ones it names must be too. */
export const dependentRequired =
  (needs: Readonly<Record<string, readonly string[]>>): Check =>
  (value, field) => {
    if (!isObject(value)) return undefined;
    for (const [key, others] of Object.entries(needs)) {
      if (!isGiven(value, key)) continue;
      const missing = others.find((other) => !isGiven(value, other));
      if (missing !== undefined) return { field: `${field}.${missing}`, problem: `is required when ${key} is given` };
    }
    return undefined;
  };

/**
 * `anyOf`: at least one branch holds. `types` are the branches' own `type`s and `words` what an
 * `enum` or `const` branch takes, in words (see `noBranchHolds`).
 */
export const anyOf =
  (branches: readonly Check[], types: readonly (TypeNames | undefined)[], words: readonly (string | undefined)[] = []): Check =>
  (value, field) => {
    const failures = branches.map((branch) => branch(value, field));
    return failures.includes(undefined) ? undefined : noBranchHolds(value, field, failures as Violation[], types, words);
  };

/** `oneOf`: exactly one branch holds (arguments as `anyOf`). */
export const oneOf =
  (branches: readonly Check[], types: readonly (TypeNames | undefined)[], words: readonly (string | undefined)[] = []): Check =>
  (value, field) => {
    const failures = branches.map((branch) => branch(value, field));
    const passed = failures.filter((failure) => failure === undefined).length;
    if (passed === 0) return noBranchHolds(value, field, failures as Violation[], types, words);
    return passed > 1 ? { field, problem: 'matches more than one of the allowed forms; it must match exactly one' } : undefined;
  };

/**
 * No branch holds: the problem of the one branch of the value's own type; else, when every branch
 * says what it takes, all of it (`expected a string or an array`); else the deepest problem.
 */
function noBranchHolds(
  value: unknown,
  field: string,
  failures: readonly Violation[],
  types: readonly (TypeNames | undefined)[],
  words: readonly (string | undefined)[],
): Violation | undefined {
  const sameType = failures.filter((_, i) => {
    const branchType = types[i];
    return branchType !== undefined && hasType(value, branchType);
  });
  if (sameType.length === 1) return sameType[0];
  const wanted = failures.map((_, i) => {
    const branchType = types[i];
    return words[i] ?? (branchType === undefined ? undefined : typeWords(branchType));
  });
  if (wanted.every((w) => w !== undefined)) return { field, problem: `expected ${[...new Set(wanted)].join(' or ')}, got ${describe(value)}` };
  return failures.find((failure) => failure.field !== field) ?? failures[0];
}

/** `not`: the value must break `check`; `problem` says what is not allowed. */
export const not =
  (check: Check, problem: string): Check =>
  (value, field) =>
    check(value, field) === undefined ? { field, problem } : undefined;

/** `if`/`then`/`else`: `then` applies when `condition` holds, `otherwise` when it does not. */
export const ifThen =
  (condition: Check, then: Check | undefined, otherwise?: Check): Check =>
  (value, field) => {
    const branch = condition(value, field) === undefined ? then : otherwise;
    return branch?.(value, field);
  };

/** A `then`/`else` branch with its `x-leadway-rule`: the reason follows the problem. */
export const explained =
  (check: Check, why: string): Check =>
  (value, field) => {
    const violation = check(value, field);
    return violation ? { field: violation.field, problem: `${violation.problem}: ${why}` } : undefined;
  };

function hasType(value: unknown, types: TypeNames): boolean {
  return typeof types === 'string' ? isOfType(value, types) : types.some((t) => isOfType(value, t));
}

function isOfType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isGiven(value: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(value, key) && value[key] !== undefined;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Length in Unicode code points, as JSON Schema counts it. */
function codePoints(value: string): number {
  let surrogatePairs = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        surrogatePairs++;
        i++;
      }
    }
  }
  return value.length - surrogatePairs;
}
