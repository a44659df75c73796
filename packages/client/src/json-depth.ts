/**
 * How deeply nested a parsed JSON body may be. `JSON.parse` reads any depth, but everything that
 * walks the value afterwards recursively (`JSON.stringify`, `String([...])`, `util.inspect`, a
 * logger) throws a RangeError on a body nested 100,000 levels deep. The API's deepest answers are a
 * few levels (a message's `meta.call.status`), so anything deeper than this is not an API answer.
 */
export const MAX_JSON_DEPTH = 64;

/** What replaces a part of an error body nested deeper than {@link MAX_JSON_DEPTH}. */
export const TOO_DEEP = '[nested too deeply]';

/** True when `value` has objects or arrays nested more than `max` levels. Recursion is bounded by `max`. */
export function nestedDeeperThan(value: unknown, max: number = MAX_JSON_DEPTH): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (max <= 0) return true;
  if (Array.isArray(value)) return value.some((item) => nestedDeeperThan(item, max - 1));
  for (const key in value) {
    if (Object.hasOwn(value, key) && nestedDeeperThan((value as Record<string, unknown>)[key], max - 1)) return true;
  }
  return false;
}

/**
 * A copy of `value` in which every object or array nested more than `max` levels is replaced by
 * {@link TOO_DEEP}, so it can be shown, logged and serialised. Returns `value` itself when it is
 * not that deep.
 */
export function withDepthLimit(value: unknown, max: number = MAX_JSON_DEPTH): unknown {
  if (!nestedDeeperThan(value, max)) return value;
  return cut(value, max);
}

function cut(value: unknown, max: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (max <= 0) return TOO_DEEP;
  if (Array.isArray(value)) return value.map((item) => cut(item, max - 1));
  // Object.fromEntries defines keys as own data properties: a `__proto__` key stays a plain key.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cut(item, max - 1)]));
}
