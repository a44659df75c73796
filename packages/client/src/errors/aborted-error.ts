import { LeadwayError } from './leadway-error.js';
import { describeRequest, type RequestInfo, requestFields } from './request-info.js';

/** The caller's AbortSignal fired. `cause` is the signal's reason. */
export class AbortedError extends LeadwayError {
  /** Always `'aborted'`. */
  declare readonly kind: 'aborted';
  /** HTTP method of the failed request. */
  declare readonly method: string;
  /** Path of the failed request, without host or query (ids encoded). */
  declare readonly path: string;
  /** The spec's operationId of the call (e.g. `getConversation`), when known. */
  declare readonly operation: string | undefined;

  constructor(request: RequestInfo, reason: unknown) {
    super(`${describeRequest(request)}: aborted by the caller.`, { cause: reason }, { kind: 'aborted', ...requestFields(request) });
  }
}
