import { LeadwayError } from './leadway-error.js';
import { describeRequest, type RequestInfo, requestFields } from './request-info.js';

/** The request, or the whole call with its retries, took longer than allowed. */
export class TimeoutError extends LeadwayError {
  /** Always `'timeout'`. */
  declare readonly kind: 'timeout';
  /** HTTP method of the failed request. */
  declare readonly method: string;
  /** Path of the failed request, without host or query (ids encoded). */
  declare readonly path: string;
  /** The spec's operationId of the call (e.g. `getConversation`), when known. */
  declare readonly operation: string | undefined;
  /** `attempt` for the per-request timeout, `deadline` for the overall one. */
  declare readonly scope: 'attempt' | 'deadline';
  /** @unit milliseconds */
  declare readonly timeoutMs: number;

  /** `detail` says why, when it is not simply a slow answer (e.g. the pacer's wait). */
  constructor(request: RequestInfo, scope: 'attempt' | 'deadline', timeoutMs: number, detail?: string) {
    super(
      `${describeRequest(request)}: no answer within ${timeoutMs} ms (${scope === 'attempt' ? 'per-request timeout `timeoutMs`' : 'overall deadline `deadlineMs`, retries included'})${detail ? `: ${detail}` : ''}. Raise the limit or retry later.`,
      undefined,
      { kind: 'timeout', ...requestFields(request), scope, timeoutMs },
    );
  }
}
