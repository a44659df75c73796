import { ApiError, type ApiErrorInit } from './api-error.js';

/** HTTP 403 from the API. */
export class PermissionDeniedError extends ApiError {
  /** Always `'permission_denied'`. */
  declare readonly kind: 'permission_denied';

  constructor(init: ApiErrorInit) {
    super(init, 'The token has no access to this location or resource.', 'permission_denied');
  }
}
