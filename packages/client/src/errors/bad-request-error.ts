import { ApiError, type ApiErrorInit } from './api-error.js';

/** HTTP 400 from the API. */
export class BadRequestError extends ApiError {
  /** Always `'bad_request'`. */
  declare readonly kind: 'bad_request';

  constructor(init: ApiErrorInit) {
    super(init, 'The API refused the input; check the arguments against the message.', 'bad_request');
  }
}
