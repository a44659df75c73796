import { isJsonObject } from '../call.js';
import type { InvokeExpectation } from './invoke-operation.js';

/** The spec's `x-leadway-outcome`: the API answers 2xx whatever happened and puts the real status in the body. */
export interface OutcomeSpec {
  /** The body field holding the outcome status (an HTTP-like number). */
  readonly status: string;
  /** The flag added to the result: true only for a 2xx outcome, so a failure cannot pass for a success. */
  readonly flag: string;
}

/** Reads such an answer: the body with the flag added; a body without a numeric status is malformed. */
export function readOutcome(spec: OutcomeSpec): InvokeExpectation {
  return {
    shape: (body) => (isJsonObject(body) && typeof body[spec.status] === 'number' ? undefined : `the body has no numeric '${spec.status}'`),
    read: (body) => {
      const status = (body as Record<string, number>)[spec.status]!;
      return { [spec.flag]: status >= 200 && status < 300, ...(body as object) };
    },
  };
}
