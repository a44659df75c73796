import { redactThenCut, safeCause } from '../redact.js';
import { LeadwayError } from './leadway-error.js';
import { describeRequest, type RequestInfo, requestFields } from './request-info.js';

/** A success status came with a body that is not what the spec promises (not JSON, truncated, wrong shape). */
export class MalformedResponseError extends LeadwayError {
  /** Always `'malformed_response'`. */
  declare readonly kind: 'malformed_response';
  /** HTTP method of the failed request. */
  declare readonly method: string;
  /** Path of the failed request, without host or query (ids encoded). */
  declare readonly path: string;
  /** The spec's operationId of the call (e.g. `getConversation`), when known. */
  declare readonly operation: string | undefined;
  /** HTTP status of the answer (a 2xx). */
  declare readonly status: number;
  /** The first 200 characters of what arrived, with the credentials of the request blanked out. */
  declare readonly bodyExcerpt: string;

  /** `secrets` (the request's token) are blanked out of the excerpt and of the cause's message. */
  constructor(request: RequestInfo, status: number, problem: string, bodyText: string, cause?: unknown, secrets: readonly (string | undefined)[] = []) {
    const safe = safeCause(cause, secrets);
    super(
      `${describeRequest(request)} → ${status}: ${problem}. The API (or a proxy in front of it) sent an unexpected answer; retry, and report it if it persists.`,
      safe ? { cause: safe } : undefined,
      { kind: 'malformed_response', ...requestFields(request), status, bodyExcerpt: redactThenCut(bodyText, secrets, 200) },
    );
  }
}
