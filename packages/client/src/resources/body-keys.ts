/**
 * The property names of a generated body type, as a runtime list. Written as a record so the
 * compiler requires every property of `T` and refuses any other: the list cannot drift from the spec.
 */
export function keysOf<T>(record: Record<keyof T, true>): readonly string[] {
  return Object.keys(record);
}
