import { LeadwayError } from './leadway-error.js';

/** An argument was refused before anything was sent. `field` names it; the value itself is not kept. */
export class InvalidInputError extends LeadwayError {
  /** Always `'invalid_input'`. */
  readonly kind = 'invalid_input' as const;

  constructor(
    /** The argument or option that was refused, e.g. `conversationId` or `baseUrl`. */
    readonly field: string,
    /** Why it was refused, e.g. `must not be empty`. */
    readonly reason: string,
  ) {
    super(`Invalid ${field}: ${reason}. Nothing was sent.`);
  }
}
