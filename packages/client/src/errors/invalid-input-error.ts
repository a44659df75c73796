import { LeadwayError } from './leadway-error.js';

/** An argument was refused before anything was sent. `field` names it; the value itself is not kept. */
export class InvalidInputError extends LeadwayError {
  readonly kind = 'invalid_input' as const;

  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`Invalid ${field}: ${reason}. Nothing was sent.`);
  }
}
