import { LeadwayError } from './leadway-error.js';
import { describeRequest, type RequestInfo } from './request-info.js';

/** The request, or the whole call with its retries, took longer than allowed. */
export class TimeoutError extends LeadwayError {
  /** Always `'timeout'`. */
  readonly kind = 'timeout' as const;
  /** HTTP method of the failed request. */
  readonly method: string;
  /** Path of the failed request, without host or query (ids encoded). */
  readonly path: string;
  /** The spec's operationId of the call (e.g. `getConversation`), when known. */
  readonly operation: string | undefined;
  /** `attempt` for the per-request timeout, `deadline` for the overall one. */
  readonly scope: 'attempt' | 'deadline';
  /** @unit milliseconds */
  readonly timeoutMs: number;

  /** `detail` says why, when it is not simply a slow answer (e.g. the pacer's wait). */
  constructor(request: RequestInfo, scope: 'attempt' | 'deadline', timeoutMs: number, detail?: string) {
    super(
      `${describeRequest(request)}: no answer within ${timeoutMs} ms (${scope === 'attempt' ? 'per-request timeout `timeoutMs`' : 'overall deadline `deadlineMs`, retries included'})${detail ? `: ${detail}` : ''}. Raise the limit or retry later.`,
    );
    this.method = request.method;
    this.path = request.path;
    this.operation = request.operation;
    this.scope = scope;
    this.timeoutMs = timeoutMs;
  }
}
