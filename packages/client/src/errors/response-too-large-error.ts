import { LeadwayError } from './leadway-error.js';
import { describeRequest, type RequestInfo, requestFields } from './request-info.js';

/**
 * The answer's body grew past the size limit (`maxResponseBytes`, or `maxDownloadBytes` for file
 * downloads), counted on the decoded bytes as they arrived. The read was stopped and the connection
 * closed: the rest of the body was never read into memory. Never retried (the same answer would
 * come again).
 */
export class ResponseTooLargeError extends LeadwayError {
  /** Always `'response_too_large'`. */
  declare readonly kind: 'response_too_large';
  /** HTTP method of the failed request. */
  declare readonly method: string;
  /** Path of the failed request, without host or query (ids encoded). */
  declare readonly path: string;
  /** The spec's operationId of the call (e.g. `getConversation`), when known. */
  declare readonly operation: string | undefined;
  /** HTTP status of the answer whose body was too large. */
  declare readonly status: number;
  /** The limit that was passed. @unit bytes */
  declare readonly limitBytes: number;

  constructor(request: RequestInfo, status: number, limitBytes: number) {
    super(
      `${describeRequest(request)} → ${status}: the body is larger than the limit of ${limitBytes} bytes (decoded), so the read was stopped. ` +
        'If an answer this large is expected, raise `maxResponseBytes` for this call (or `maxDownloadBytes` for file downloads).',
      undefined,
      { kind: 'response_too_large', ...requestFields(request), status, limitBytes },
    );
  }
}
