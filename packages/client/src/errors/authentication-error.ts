import { ApiError, type ApiErrorInit } from './api-error.js';

/** HTTP 401 from the API. */
export class AuthenticationError extends ApiError {
  /** Always `'authentication'`. */
  declare readonly kind: 'authentication';

  constructor(init: ApiErrorInit) {
    super(init, 'Check the token (expired, revoked, missing a scope) and the Version header.', 'authentication');
  }
}
