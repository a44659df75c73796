import { ApiError, type ApiErrorInit } from './api-error.js';

/** HTTP 422 from the API. */
export class UnprocessableEntityError extends ApiError {
  /** Always `'unprocessable_entity'`. */
  declare readonly kind: 'unprocessable_entity';

  constructor(init: ApiErrorInit) {
    super(init, "The request failed the API's validation; the messages say which field.", 'unprocessable_entity');
  }
}
