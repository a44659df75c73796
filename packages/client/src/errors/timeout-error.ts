import { LeadwayError } from './leadway-error.js';
import { describeRequest, type RequestInfo } from './request-info.js';

/** The request, or the whole call with its retries, took longer than allowed. */
export class TimeoutError extends LeadwayError {
  readonly kind = 'timeout' as const;
  readonly method: string;
  readonly path: string;
  readonly operation: string | undefined;
  /** `attempt` for the per-request timeout, `deadline` for the overall one. */
  readonly scope: 'attempt' | 'deadline';
  /** @unit milliseconds */
  readonly timeoutMs: number;

  constructor(request: RequestInfo, scope: 'attempt' | 'deadline', timeoutMs: number) {
    super(
      `${describeRequest(request)}: no answer within ${timeoutMs} ms (${scope === 'attempt' ? 'per-request timeout' : 'overall deadline'}). Raise the timeout or retry later.`,
    );
    this.method = request.method;
    this.path = request.path;
    this.operation = request.operation;
    this.scope = scope;
    this.timeoutMs = timeoutMs;
  }
}
