import { LeadwayError } from './leadway-error.js';
import { describeRequest, type RequestInfo } from './request-info.js';

/**
 * The answer's body grew past the size limit (`maxResponseBytes`, or `maxDownloadBytes` for file
 * downloads), counted on the decoded bytes as they arrived. The read was stopped and the connection
 * closed: the rest of the body was never read into memory. Never retried (the same answer would
 * come again).
 */
export class ResponseTooLargeError extends LeadwayError {
  /** Always `'response_too_large'`. */
  readonly kind = 'response_too_large' as const;
  /** HTTP method of the failed request. */
  readonly method: string;
  /** Path of the failed request, without host or query (ids encoded). */
  readonly path: string;
  /** The spec's operationId of the call (e.g. `getConversation`), when known. */
  readonly operation: string | undefined;
  /** HTTP status of the answer whose body was too large. */
  readonly status: number;
  /** The limit that was passed. @unit bytes */
  readonly limitBytes: number;

  constructor(request: RequestInfo, status: number, limitBytes: number) {
    super(
      `${describeRequest(request)} → ${status}: the body is larger than the limit of ${limitBytes} bytes (decoded), so the read was stopped. ` +
        'If an answer this large is expected, raise `maxResponseBytes` for this call (or `maxDownloadBytes` for file downloads).',
    );
    this.method = request.method;
    this.path = request.path;
    this.operation = request.operation;
    this.status = status;
    this.limitBytes = limitBytes;
  }
}
