import { LeadwayError } from './leadway-error.js';

/** An argument was refused before anything was sent. `field` names it; the value itself is not kept. */
export class InvalidInputError extends LeadwayError {
  /** The argument or option that was refused, e.g. `conversationId` or `baseUrl`. */
  declare readonly field: string;
  /** Why it was refused, e.g. `must not be empty`. */
  declare readonly reason: string;
  /** Always `'invalid_input'`. */
  declare readonly kind: 'invalid_input';

  constructor(field: string, reason: string) {
    super(`Invalid ${field}: ${reason}. Nothing was sent.`, undefined, { field, reason, kind: 'invalid_input' });
  }
}
