// The inputs the input-rule tests try beside the spec's own examples: values of every JSON type at the
// edges the spec's schemas draw (bounds, enum values and near misses, path-like and format-like
// strings, arrays and objects), and a record mutated one field at a time. Shared by the operation
// table's test against Ajv (test/unit/operation-table.test.ts) and the differential test against Prism
// (test/contract/differential.contract.test.ts), so both try the same corpus.

/** Odd values to put in a field; `undefined` is not among them (each test says what a missing value means to it). */
export const ODD_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1,
  1.5,
  9,
  10,
  100,
  101,
  500,
  501,
  1e12,
  Number.NaN,
  '',
  ' ',
  'a',
  '..',
  '.',
  'a/b',
  'a%2Fb',
  'a\\b',
  'a..b',
  'x'.repeat(129),
  'unread',
  'asc',
  'TYPE_SMS',
  'SMS',
  'Email',
  'Custom',
  'true',
  'false',
  'https://example.com/a.png',
  'not a url',
  '2026-12-01T13:45:00Z',
  'someone@example.com',
  [],
  ['TYPE_SMS'],
  ['TYPE_SMS', 'TYPE_CALL'],
  ['x'],
  ['x', 1],
  [1],
  {},
  { a: 1 },
];

/**
 * The record with an unknown property added, then for each field: the field removed, set to undefined
 * (what JSON drops, so it must count as removed), and replaced by each odd value.
 */
export function fieldMutations(record: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [{ ...record, unknownProperty: 1 }];
  for (const key of Object.keys(record)) {
    const { [key]: _removed, ...rest } = record;
    out.push(rest);
    for (const odd of [undefined, ...ODD_VALUES]) out.push({ ...record, [key]: odd });
  }
  return out;
}
