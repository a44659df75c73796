import type { ApiContext } from '../call.js';

/** An operation's function with its first argument (the core) already given. */
type Bound<F> = F extends (api: ApiContext, ...args: infer A) => infer R ? (...args: A) => R : never;

/**
 * A group of `createLeadwayClient()` (`client.conversations`, ...): each method is the operation's
 * standalone function called on `api` with the method's arguments. The generated group states each
 * method's type and documentation; this only binds the functions.
 */
// biome-ignore lint/suspicious/noExplicitAny: any function taking the core first; its own arguments are kept by Bound.
export function bindGroup<F extends Record<string, (api: ApiContext, ...args: any[]) => unknown>>(
  api: ApiContext,
  functions: F,
): { [K in keyof F]: Bound<F[K]> } {
  const group: Record<string, unknown> = {};
  for (const [name, run] of Object.entries(functions)) group[name] = (...args: unknown[]) => run(api, ...args);
  return group as { [K in keyof F]: Bound<F[K]> };
}
