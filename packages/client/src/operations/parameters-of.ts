import { ownCopy } from '../validate.js';
import type { OperationInput } from './invoke-operation.js';
import type { OperationSpec } from './operation-spec.js';

/**
 * Splits one argument object holding an operation's path and query parameters (the spec's
 * `x-leadway-arguments: <name>`) into the two; anything that is not a path parameter is checked as
 * a query parameter. Only the object's own properties are read.
 * @throws InvalidInputError when the argument is not an object
 */
export function parametersOf(operation: OperationSpec, name: string, argument: unknown): OperationInput {
  const { ...query } = ownCopy(name, argument as Record<string, unknown>);
  const path: Record<string, unknown> = {};
  for (const key of Object.keys(operation.pathParameters ?? {})) {
    path[key] = query[key];
    delete query[key];
  }
  return { path, query };
}
