import type { ApiContext, CallOptions, ResponseExpectation, WithResponse } from '../call.js';
import { arrayAt } from '../call.js';
import { requestContext } from '../call-options.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { extraHeaders } from '../request-headers.js';
import { assertWellFormedText, ownCopy } from '../validate.js';
import { checkValue } from './check-value.js';
import type { OperationSpec } from './operation-spec.js';
import type { Check } from './rule-checks.js';

/** The arguments of one operation, by where they go. */
export interface OperationInput {
  /** Path parameters by name. */
  path?: Record<string, unknown>;
  /** Query parameters by name (only the object's own properties are read). */
  query?: unknown;
  /** The request body. */
  body?: unknown;
  /** Body properties filled in when the caller leaves them out (the spec's `x-leadway-defaults`). */
  defaults?: Readonly<Record<string, unknown>>;
}

/**
 * What `invokeOperation` reads about the answer beyond the table: a generic reader chosen by a spec
 * extension (`x-leadway-envelope`, `x-leadway-outcome`, `x-leadway-download`).
 */
export type InvokeExpectation = Pick<ResponseExpectation, 'shape'> & {
  /** How openapi-fetch reads the success body. @default 'json' when the spec promises JSON */
  parseAs?: 'json' | 'text' | 'arrayBuffer';
  /** What the call resolves with, made from the checked success body. @default the body */
  read?: (data: unknown, response: Response) => unknown;
};

/**
 * Runs one operation as the generated table describes it: checks every argument against the spec's
 * rules (nothing is sent when one breaks), sends with the `Version` the operation needs, retries only
 * what the spec marks `x-leadway-retryable`, and checks a page holds its array. `T` is the spec's type
 * of the success body.
 */
export async function invokeOperation<T>(
  api: ApiContext,
  operation: OperationSpec,
  input: OperationInput,
  options: CallOptions | undefined,
  expect: InvokeExpectation = {},
): Promise<WithResponse<T>> {
  // async: a refused argument rejects the returned promise, as every other failure does.
  const { path, query, body, joinArrays } = checkOperationInput(operation, input);
  const context = requestContext(operation.id, operation.retryable, options);
  // A file (anything but JSON) is read under the larger download limit.
  const { responseType = 'application/json' } = operation;
  if (responseType !== null && !responseType.includes('json')) context.download = true;
  const headers = options ? extraHeaders(options) : undefined;
  const version = operation.version ?? api.version;
  const emptyBody = responseType === null;
  const parseAs = expect.parseAs ?? (emptyBody ? 'text' : 'json');
  const items = operation.pagination?.items;
  const shape = expect.shape ?? (items ? arrayAt(items) : undefined);
  const result = await api.call<T>(
    context,
    (fetch, init) =>
      (api.http.request as (method: string, url: string, init: Record<string, unknown>) => ReturnType<ApiContext['http']['GET']>)(
        operation.method.toLowerCase(),
        operation.path,
        {
          params: { path, query, header: { Version: version } },
          body,
          headers,
          fetch,
          // The call's signal and manual redirects, for the Request openapi-fetch builds (see ApiContext.call).
          signal: init.signal,
          redirect: init.redirect,
          // The transport already read the body; `call` parses it (see ApiContext.call).
          parseAs: 'stream',
          ...(joinArrays ? { querySerializer: { array: { style: 'form', explode: false } } } : {}),
        },
      ),
    { emptyBody, parseAs, ...(shape ? { shape } : {}) },
  );
  return expect.read ? { data: expect.read(result.data, result.response) as T, response: result.response } : result;
}

/** The checked arguments, ready for openapi-fetch. */
export interface CheckedInput {
  path: Record<string, string>;
  query: Record<string, unknown> | undefined;
  /** A copy of the body's own properties: exactly what was checked is what is sent. */
  body: unknown;
  /** A query array goes as one comma-separated value. */
  joinArrays: boolean;
}

/**
 * Checks every argument of an operation against the spec's rules (required parameters, each
 * parameter's schema, no unknown query keys, the body's schema), without sending anything.
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
  const path: Record<string, string> = {};
  for (const [name, check] of Object.entries(operation.pathParameters ?? {})) {
    const value = input.path?.[name];
    if (value === undefined) throw new InvalidInputError(name, 'is required');
    checkArgument(name, value, check);
    path[name] = String(value);
  }
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
  return { path, query, body, joinArrays };
}

/** One path or query argument: well-formed text, and what its check allows. */
function checkArgument(field: string, value: unknown, check: Check): void {
  if (typeof value === 'string') assertWellFormedText(field, value);
  checkValue(field, value, check);
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
