import { createHash } from 'node:crypto';
import type { PrismHttpComponents } from '@stoplight/prism-http';
import { validateInput, validateOutput, validateSecurity } from '@stoplight/prism-http/dist/validator/index.js';

type Validator<K extends 'validateInput' | 'validateOutput' | 'validateSecurity'> = PrismHttpComponents[K];

/** How many distinct requests (or answers) each memo remembers; the oldest is forgotten first. */
export const VALIDATION_MEMO_ENTRIES = 1000;

/**
 * Prism's three validators, each remembering its verdicts: a validator is a pure function of the
 * operation and the request (or answer), so the same request against the same operation always
 * gets the same violations. A mock answers the same few requests over and over (a page polls, a
 * test repeats, a static example is served again), and Prism spends much of each request in
 * these checks (its fp-ts pipelines, schema lookups, header and path parsing); remembering them
 * keeps every check on while doing each distinct one once. The memo lives as long as the Prism
 * instance it belongs to: a reloaded spec gets new, empty ones.
 *
 * Keys are SHA-256 digests of everything the validator reads (operation id, method, path, query,
 * every header, the body; for an answer its status, headers and body), so no credential is kept in
 * the memo as text.
 */
export function memoizedValidators(): Pick<PrismHttpComponents, 'validateInput' | 'validateOutput' | 'validateSecurity'> {
  return {
    validateInput: remembering(validateInput as Validator<'validateInput'>),
    validateSecurity: remembering(validateSecurity as unknown as Validator<'validateSecurity'>),
    validateOutput: remembering(validateOutput as Validator<'validateOutput'>),
  };
}

type AnyValidator = (options: { resource: { id: string }; element: unknown }) => { _tag: 'Left'; left: unknown[] } | { _tag: 'Right'; right: unknown };

function remembering<V extends Validator<'validateInput' | 'validateOutput' | 'validateSecurity'>>(validator: V): V {
  const verdicts = new Map<string, readonly unknown[] | null>();
  const run = validator as unknown as AnyValidator;
  const memoized: AnyValidator = ({ resource, element }) => {
    const key = digest(resource.id, element);
    if (key === undefined) return run({ resource, element });
    const known = verdicts.get(key);
    // Each caller gets its own copy of the violations: Prism's pipeline may extend what it gets.
    if (known === null) return { _tag: 'Right', right: element };
    if (known !== undefined) return { _tag: 'Left', left: [...known] };
    const result = run({ resource, element });
    if (verdicts.size >= VALIDATION_MEMO_ENTRIES) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(key, result._tag === 'Left' ? [...result.left] : null);
    return result;
  };
  return memoized as unknown as V;
}

/** A digest of what a validator reads; undefined when it cannot be written as JSON (nothing is remembered then). */
function digest(operationId: string, element: unknown): string | undefined {
  let text: string;
  try {
    text = JSON.stringify([operationId, element]);
  } catch {
    return undefined;
  }
  return text === undefined ? undefined : createHash('sha256').update(text).digest('base64');
}
