import { InvalidInputError } from '../errors/invalid-input-error.js';
import { checkArgument } from './check-value.js';
import type { CheckedInput, OperationInput } from './invoke-operation.js';
import type { OperationSpec } from './operation-spec.js';

/**
 * Checks the path parameters of an operation against the spec's rules, in the spec's order.
 * @returns each parameter as the text the path carries
 * @throws InvalidInputError naming the first parameter that is missing or breaks a rule
 */
export function checkPathParameters(operation: OperationSpec, input: OperationInput): Record<string, string> {
  const path: Record<string, string> = {};
  for (const [name, check] of Object.entries(operation.pathParameters ?? {})) {
    const value = input.path?.[name];
    if (value === undefined) throw new InvalidInputError(name, 'is required');
    checkArgument(name, value, check);
    path[name] = String(value);
  }
  return path;
}

/**
 * The input check of an operation with neither query parameters nor a body (its generated function
 * passes it to `invokeOperation`), so that an app calling only such operations carries none of the
 * query and body checks of `checkOperationInput`. The generator passes it only to an operation
 * whose table entry has no `query` and no `body` (test/unit/operation-functions.test.ts holds it to that).
 * @throws InvalidInputError naming the first path parameter that is missing or breaks a rule
 */
export function checkPathInput(operation: OperationSpec, input: OperationInput): CheckedInput {
  return { path: checkPathParameters(operation, input), query: undefined, body: undefined };
}
