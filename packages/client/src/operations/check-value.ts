import { InvalidInputError } from '../errors/invalid-input-error.js';
import { assertWellFormedText } from '../validate.js';
import type { Check } from './rule-checks.js';

/**
 * Checks `value` against a rule of the generated operation table, before anything is sent.
 * @throws InvalidInputError naming the field, the rule and what was given.
 */
export function checkValue(field: string, value: unknown, check: Check): void {
  const violation = check(value, field);
  if (violation) throw new InvalidInputError(violation.field, violation.problem);
}

/** One path or query argument: well-formed text, and what its check allows. */
export function checkArgument(field: string, value: unknown, check: Check): void {
  if (typeof value === 'string') assertWellFormedText(field, value);
  checkValue(field, value, check);
}
