import { safeCause } from '../redact.js';
import { LeadwayError } from './leadway-error.js';
import { describeRequest, type RequestInfo, requestFields } from './request-info.js';

/** No complete answer arrived: connection refused or reset, DNS failure, or the body was cut off. */
export class ConnectionError extends LeadwayError {
  /** Always `'connection'`. */
  declare readonly kind: 'connection';
  /** HTTP method of the failed request. */
  declare readonly method: string;
  /** Path of the failed request, without host or query (ids encoded). */
  declare readonly path: string;
  /** The spec's operationId of the call (e.g. `getConversation`), when known. */
  declare readonly operation: string | undefined;
  /** `before-response` when no status arrived; `during-body` when the body was cut off. */
  declare readonly phase: 'before-response' | 'during-body';
  /** Low-level code when the runtime gave one (ECONNRESET, ECONNREFUSED, ENOTFOUND, ...). */
  declare readonly code: string | undefined;

  /**
   * `cause` is kept only as a sanitized copy (name, message with `secrets` blanked, code): a custom
   * fetch's error can hold the Request with its Authorization header.
   */
  constructor(request: RequestInfo, phase: 'before-response' | 'during-body', failure: unknown, secrets: readonly (string | undefined)[] = []) {
    const cause = safeCause(failure, secrets);
    const code = errorCode(cause);
    const what = phase === 'before-response' ? 'could not reach the API' : 'the answer was cut off before its end';
    super(`${describeRequest(request)}: ${what}${code ? ` (${code})` : ''}. Check the network and the base URL, then retry.`, cause ? { cause } : undefined, {
      kind: 'connection',
      ...requestFields(request),
      phase,
      code,
    });
  }
}

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
