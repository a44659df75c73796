import { LeadwayError } from './leadway-error.js';
import { describeRequest, type RequestInfo } from './request-info.js';

/** A success status came with a body that is not what the spec promises (not JSON, truncated, wrong shape). */
export class MalformedResponseError extends LeadwayError {
  /** Always `'malformed_response'`. */
  readonly kind = 'malformed_response' as const;
  /** HTTP method of the failed request. */
  readonly method: string;
  /** Path of the failed request, without host or query (ids encoded). */
  readonly path: string;
  /** The spec's operationId of the call (e.g. `getConversation`), when known. */
  readonly operation: string | undefined;
  /** HTTP status of the answer (a 2xx). */
  readonly status: number;
  /** The first 200 characters of what arrived. */
  readonly bodyExcerpt: string;

  constructor(request: RequestInfo, status: number, problem: string, bodyText: string, cause?: unknown) {
    super(`${describeRequest(request)} → ${status}: ${problem}. The API (or a proxy in front of it) sent an unexpected answer; retry, and report it if it persists.`, { cause });
    this.method = request.method;
    this.path = request.path;
    this.operation = request.operation;
    this.status = status;
    this.bodyExcerpt = bodyText.slice(0, 200);
  }
}
