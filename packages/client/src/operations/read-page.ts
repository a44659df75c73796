import { arrayAt } from '../call.js';
import type { InvokeExpectation } from './invoke-operation.js';

/**
 * Reads a page of a list operation answered in one form (no `x-leadway-envelope`): the body must
 * hold its `items` array of objects (`x-leadway-pagination`), or the answer is malformed. A page
 * with an envelope is checked by `readEnvelope` instead.
 */
export function readPage(items: string): InvokeExpectation {
  return { shape: arrayAt(items) };
}
