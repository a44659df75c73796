import { InvalidInputError } from '../errors/invalid-input-error.js';
import { ownCopy } from '../validate.js';
import { checkPathParameters } from './check-path-input.js';
import { checkArgument, checkValue } from './check-value.js';
import type { CheckedInput, OperationInput } from './invoke-operation.js';
import type { OperationSpec } from './operation-spec.js';

/**
 * Checks every argument of an operation against the spec's rules (required parameters, each
 * parameter's schema, no unknown query keys, the body's schema), without sending anything. The
 * generated function of an operation with query parameters or a body passes it to `invokeOperation`
 * (one with path parameters only passes `checkPathInput`).
 * @throws InvalidInputError naming the first argument that breaks a rule
 */
export function checkOperationInput(operation: OperationSpec, input: OperationInput): CheckedInput {
  // Copies of the caller's own properties (see `ownCopy`): inherited ones are neither checked nor
  // sent, each getter is read once, and text that cannot be encoded is refused.
  const query = input.query === undefined ? undefined : ownCopy('params', input.query as Record<string, unknown>);
  // A multipart body arrives as the FormData its builder made after checking it (multipart-body.ts).
  const encoded = operation.body?.contentType === 'multipart/form-data' && typeof FormData !== 'undefined' && input.body instanceof FormData;
  let body = input.body === undefined || encoded ? input.body : ownCopy('body', input.body);
  if (input.defaults && typeof body === 'object' && body !== null && !Array.isArray(body)) body = { ...input.defaults, ...body };
  const path = checkPathParameters(operation, input);
  let joinArrays = false;
  for (const [name, check] of Object.entries(operation.query ?? {})) {
    const required = operation.requiredQuery?.includes(name);
    const joined = operation.joined?.includes(name);
    let value = query?.[name];
    if (value === undefined) {
      if (required) throw new InvalidInputError(`params.${name}`, 'is required');
      continue;
    }
    // What the wire carries is checked. An optional parameter given as '' or [] reads as absent on
    // the server, so it is left out; a one-item list sent repeated (`a=x`) arrives as one value.
    if (!required && (value === '' || (Array.isArray(value) && value.length === 0))) {
      delete query![name];
      continue;
    }
    if (Array.isArray(value) && value.length === 1 && !joined) value = value[0];
    checkArgument(`params.${name}`, value, check);
    if (joined) joinArrays = true;
  }
  if (query) refuseUnknownQueryKeys(operation, query);
  const { body: bodySpec } = operation;
  if (bodySpec) {
    if (body === undefined && bodySpec.required !== false) throw new InvalidInputError('body', 'is required');
    if (body !== undefined && !encoded) checkValue('body', body, bodySpec.check);
  }
  return { path, query, body, ...(joinArrays ? { querySerializer: { array: { style: 'form', explode: false } } } : {}) };
}

/** The live API refuses query parameters it does not define (422 "property X should not exist"). */
function refuseUnknownQueryKeys(operation: OperationSpec, query: Record<string, unknown>): void {
  const known = operation.query ?? {};
  for (const key of Object.keys(query)) {
    if (!Object.hasOwn(known, key)) {
      throw new InvalidInputError(`params.${key.slice(0, 40)}`, `is not a known parameter (known: ${Object.keys(known).join(', ')})`);
    }
  }
}
