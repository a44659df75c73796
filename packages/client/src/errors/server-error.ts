import { ApiError, type ApiErrorInit } from './api-error.js';

/** HTTP 5xx: the API or a gateway in front of it failed. Safe requests are retried before this is thrown. */
export class ServerError extends ApiError {
  /** Always `'server'`. */
  declare readonly kind: 'server';

  constructor(init: ApiErrorInit) {
    super(init, 'The API failed; retry later, and quote the traceId if it persists.', 'server');
  }
}
