import { ApiError, type ApiErrorInit } from './api-error.js';

/** HTTP 404 from the API. */
export class NotFoundError extends ApiError {
  /** Always `'not_found'`. */
  declare readonly kind: 'not_found';

  constructor(init: ApiErrorInit) {
    super(init, 'Check the id; it does not exist or is not visible to this token.', 'not_found');
  }
}
