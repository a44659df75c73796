import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { SchemaRule } from './operation-spec.js';

/** Where a value breaks a rule, and how. */
export interface Violation {
  /** The field, e.g. `body.attachments[3]`. */
  field: string;
  /** The rule broken, in words, with the value's type or value where that helps. */
  problem: string;
}

/**
 * Checks `value` against a rule from the generated operation table, before anything is sent.
 * @throws InvalidInputError naming the field, the rule and what was given.
 */
export function checkValue(field: string, value: unknown, rule: SchemaRule): void {
  const violation = violationOf(value, rule, field);
  if (violation) throw new InvalidInputError(violation.field, violation.problem);
}

/** The first place where `value` breaks `rule`, or undefined when it keeps every rule. */
export function violationOf(value: unknown, rule: SchemaRule, field: string): Violation | undefined {
  if (rule.type !== undefined && !hasType(value, rule.type)) {
    return { field, problem: `expected ${typeWords(rule.type)}, got ${describe(value)}` };
  }
  if (rule.const !== undefined && !sameJson(value, rule.const)) {
    return { field, problem: `must be ${JSON.stringify(rule.const)}, got ${describe(value)}` };
  }
  if (rule.enum !== undefined && !rule.enum.some((allowed) => sameJson(value, allowed))) {
    return { field, problem: `must be one of ${rule.enum.map(String).join(', ')}; got ${describe(value)}` };
  }
  const own =
    (typeof value === 'number' && numberViolation(value, rule, field)) ||
    (typeof value === 'string' && stringViolation(value, rule, field)) ||
    (Array.isArray(value) && arrayViolation(value, rule, field)) ||
    (isObject(value) && objectViolation(value, rule, field)) ||
    undefined;
  if (own) return own;
  return combinedViolation(value, rule, field);
}

function combinedViolation(value: unknown, rule: SchemaRule, field: string): Violation | undefined {
  if (rule.allOf) {
    for (const part of rule.allOf) {
      const violation = violationOf(value, part, field);
      if (violation) return violation;
    }
  }
  if (rule.anyOf) {
    const failures = rule.anyOf.map((branch) => violationOf(value, branch, field));
    if (!failures.includes(undefined)) return branchesViolation(value, rule.anyOf, failures as Violation[], field);
  }
  if (rule.oneOf) {
    const failures = rule.oneOf.map((branch) => violationOf(value, branch, field));
    const passed = failures.filter((f) => f === undefined).length;
    if (passed === 0) return branchesViolation(value, rule.oneOf, failures as Violation[], field);
    if (passed > 1) return { field, problem: 'matches more than one of the allowed forms; it must match exactly one' };
  }
  if (rule.not && violationOf(value, rule.not, field) === undefined) {
    return { field, problem: rule.not['x-leadway-rule'] ?? rule['x-leadway-rule'] ?? 'has a form that is not allowed here' };
  }
  if (rule.if) {
    const branch = violationOf(value, rule.if, field) === undefined ? rule.then : rule.else;
    if (branch) {
      const violation = violationOf(value, branch, field);
      const why = branch['x-leadway-rule'] ?? rule['x-leadway-rule'];
      if (violation) return why ? { field: violation.field, problem: `${violation.problem}: ${why}` } : violation;
    }
  }
  return undefined;
}

/** No branch of an anyOf/oneOf matched: report the branch of the value's own type, else what each wants. */
function branchesViolation(value: unknown, branches: readonly SchemaRule[], failures: Violation[], field: string): Violation {
  const sameType = branches.flatMap((branch, i) => (branch.type !== undefined && hasType(value, branch.type) ? [failures[i]!] : []));
  if (sameType.length === 1) return sameType[0]!;
  const wanted = branches.map(branchWords);
  if (wanted.every((w) => w !== undefined)) {
    return { field, problem: `expected ${[...new Set(wanted)].join(' or ')}, got ${describe(value)}` };
  }
  const deepest = failures.find((f) => f.field !== field) ?? failures[0]!;
  return deepest;
}

function branchWords(branch: SchemaRule): string | undefined {
  if (branch.enum) return `one of ${branch.enum.map(String).join(', ')}`;
  if (branch.const !== undefined) return JSON.stringify(branch.const);
  if (branch.type !== undefined) return typeWords(branch.type);
  return undefined;
}

function numberViolation(value: number, rule: SchemaRule, field: string): Violation | undefined {
  const found = numberRangeViolation(value, rule, field);
  return found && rule['x-leadway-rule'] ? { field, problem: `${found.problem}: ${rule['x-leadway-rule']}` } : found;
}

function numberRangeViolation(value: number, rule: SchemaRule, field: string): Violation | undefined {
  if (!Number.isFinite(value)) return { field, problem: `must be a finite number, got ${value}` };
  if (rule.minimum !== undefined && value < rule.minimum) return { field, problem: `must be at least ${rule.minimum}, got ${value}` };
  if (rule.maximum !== undefined && value > rule.maximum) return { field, problem: `must be at most ${rule.maximum}, got ${value}` };
  if (rule.exclusiveMinimum !== undefined && value <= rule.exclusiveMinimum)
    return { field, problem: `must be more than ${rule.exclusiveMinimum}, got ${value}` };
  if (rule.exclusiveMaximum !== undefined && value >= rule.exclusiveMaximum)
    return { field, problem: `must be less than ${rule.exclusiveMaximum}, got ${value}` };
  return undefined;
}

function stringViolation(value: string, rule: SchemaRule, field: string): Violation | undefined {
  if (rule.minLength !== undefined || rule.maxLength !== undefined) {
    const length = codePoints(value);
    if (rule.minLength !== undefined && length < rule.minLength) {
      return { field, problem: rule.minLength === 1 ? 'must not be empty' : `must be at least ${rule.minLength} characters, got ${length}` };
    }
    if (rule.maxLength !== undefined && length > rule.maxLength) return { field, problem: `must be at most ${rule.maxLength} characters, got ${length}` };
  }
  if (rule.pattern !== undefined && !patternOf(rule.pattern).test(value)) {
    return { field, problem: rule['x-leadway-rule'] ?? `must match the pattern ${rule.pattern}` };
  }
  if (rule.format !== undefined && !formatHolds(rule.format, value)) return { field, problem: `must be ${formatWords(rule.format)}` };
  return undefined;
}

function arrayViolation(value: readonly unknown[], rule: SchemaRule, field: string): Violation | undefined {
  if (rule.minItems !== undefined && value.length < rule.minItems) {
    return { field, problem: `needs at least ${rule.minItems} item${rule.minItems === 1 ? '' : 's'}, got ${value.length}` };
  }
  if (rule.maxItems !== undefined && value.length > rule.maxItems) return { field, problem: `takes at most ${rule.maxItems} items, got ${value.length}` };
  if (rule.items) {
    for (let i = 0; i < value.length; i++) {
      const violation = violationOf(value[i], rule.items, `${field}[${i}]`);
      if (violation) return violation;
    }
  }
  return undefined;
}

function objectViolation(value: Record<string, unknown>, rule: SchemaRule, field: string): Violation | undefined {
  const keys = Object.keys(value);
  const present = (key: string) => Object.hasOwn(value, key) && value[key] !== undefined;
  for (const key of rule.required ?? []) {
    if (!present(key)) return { field: `${field}.${key}`, problem: 'is required' };
  }
  if (rule.minProperties !== undefined && keys.filter(present).length < rule.minProperties) {
    return { field, problem: `needs at least ${rule.minProperties} propert${rule.minProperties === 1 ? 'y' : 'ies'}` };
  }
  const properties = rule.properties ?? {};
  for (const key of keys) {
    const child = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (child === undefined) {
      if (rule.additionalProperties === false) {
        return { field: `${field}.${key.slice(0, 40)}`, problem: `is not a known property (known: ${Object.keys(properties).join(', ')})` };
      }
      continue;
    }
    if (value[key] === undefined) continue;
    const violation = violationOf(value[key], child, `${field}.${key}`);
    if (violation) return violation;
  }
  for (const [key, needs] of Object.entries(rule.dependentRequired ?? {})) {
    if (!present(key)) continue;
    const missing = needs.find((other) => !present(other));
    if (missing !== undefined) return { field: `${field}.${missing}`, problem: `is required when ${key} is given` };
  }
  return undefined;
}

function hasType(value: unknown, type: string | readonly string[]): boolean {
  return typeof type === 'string' ? isOfType(value, type) : type.some((t) => isOfType(value, t));
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

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
  array: 'an array',
  object: 'an object',
};

function typeWords(type: string | readonly string[]): string {
  const list = typeof type === 'string' ? [type] : type;
  return list.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
}

/** What was given, in words: its type, and a short quote of a string or number. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `'${value.slice(0, 40)}'${value.length > 40 ? '…' : ''}`;
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`;
  return typeof value === 'object' ? 'an object' : typeof value;
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

const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source, 'u');
    patterns.set(source, pattern);
  }
  return pattern;
}

const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const URI_SCHEME = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;

function formatHolds(format: string, value: string): boolean {
  switch (format) {
    case 'date-time':
      return DATE_TIME.test(value);
    case 'email':
      return EMAIL.test(value);
    case 'uri':
      return URI_SCHEME.test(value) && URL.canParse(value);
    default:
      // A format the client does not know is left to the server.
      return true;
  }
}

function formatWords(format: string): string {
  switch (format) {
    case 'date-time':
      return 'an RFC 3339 date-time, e.g. 2026-12-01T13:45:00Z';
    case 'email':
      return 'an email address';
    case 'uri':
      return 'an absolute URI, e.g. https://example.com/file.png';
    default:
      return `a ${format}`;
  }
}
