import { LeadwayError } from './leadway-error.js';
import { describeRequest, type RequestInfo } from './request-info.js';

/** The caller's AbortSignal fired. `cause` is the signal's reason. */
export class AbortedError extends LeadwayError {
  readonly kind = 'aborted' as const;
  readonly method: string;
  readonly path: string;
  readonly operation: string | undefined;

  constructor(request: RequestInfo, reason: unknown) {
    super(`${describeRequest(request)}: aborted by the caller.`, { cause: reason });
    this.method = request.method;
    this.path = request.path;
    this.operation = request.operation;
  }
}
