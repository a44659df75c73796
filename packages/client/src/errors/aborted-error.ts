import { LeadwayError } from './leadway-error.js';
import { describeRequest, type RequestInfo } from './request-info.js';

/** The caller's AbortSignal fired. `cause` is the signal's reason. */
export class AbortedError extends LeadwayError {
  /** Always `'aborted'`. */
  readonly kind = 'aborted' as const;
  /** HTTP method of the failed request. */
  readonly method: string;
  /** Path of the failed request, without host or query (ids encoded). */
  readonly path: string;
  /** The spec's operationId of the call (e.g. `getConversation`), when known. */
  readonly operation: string | undefined;

  constructor(request: RequestInfo, reason: unknown) {
    super(`${describeRequest(request)}: aborted by the caller.`, { cause: reason });
    this.method = request.method;
    this.path = request.path;
    this.operation = request.operation;
  }
}
