import type { ApiContext, CallOptions, ResponseExpectation, WithResponse } from '../call.js';
import { requestContext } from '../call-options.js';
import { extraHeaders } from '../request-headers.js';
import type { OperationSpec } from './operation-spec.js';

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
 * extension (`x-leadway-envelope`, `x-leadway-outcome`, `x-leadway-download`), or `readPage` for a
 * page answered in one form (`x-leadway-pagination`).
 */
export type InvokeExpectation = Pick<ResponseExpectation, 'shape'> & {
  /** How openapi-fetch reads the success body. @default 'json' when the spec promises JSON */
  parseAs?: 'json' | 'text' | 'arrayBuffer';
  /** What the call resolves with, made from the checked success body. @default the body */
  read?: (data: unknown, response: Response) => unknown;
};

/**
 * Runs one operation as the generated table describes it: checks every argument against the spec's
 * rules with `checkInput` (nothing is sent when one breaks), sends with the `Version` the operation
 * needs, retries only what the spec marks `x-leadway-retryable`, and reads the answer as `expect`
 * says (a page: that it holds its array). `T` is the spec's type of the success body.
 */
export async function invokeOperation<T>(
  api: ApiContext,
  operation: OperationSpec,
  checkInput: InputCheck,
  input: OperationInput,
  options: CallOptions | undefined,
  expect: InvokeExpectation = {},
): Promise<WithResponse<T>> {
  // async: a refused argument rejects the returned promise, as every other failure does.
  const { path, query, body, querySerializer } = checkInput(operation, input);
  const context = requestContext(operation.id, operation.retryable, options);
  const headers = options ? extraHeaders(options) : undefined;
  const version = operation.version ?? api.version;
  const emptyBody = operation.responseType === null;
  const parseAs = expect.parseAs ?? (emptyBody ? 'text' : 'json');
  // A file (a non-JSON answer, read as bytes by readDownload) is read under the larger download limit.
  if (parseAs === 'arrayBuffer') context.download = true;
  const { shape } = expect;
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
          querySerializer,
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
  /** openapi-fetch's query serialiser, given when a query array goes as one comma-separated value. */
  querySerializer?: { array: { style: 'form'; explode: false } };
}

/**
 * Checks an operation's arguments against the spec's rules without sending anything:
 * `checkOperationInput` (check-operation-input.ts), or `checkPathInput` (check-path-input.ts) for an
 * operation with path parameters only, so that its function carries no query or body checks.
 * @throws InvalidInputError naming the first argument that breaks a rule
 */
export type InputCheck = (operation: OperationSpec, input: OperationInput) => CheckedInput;
