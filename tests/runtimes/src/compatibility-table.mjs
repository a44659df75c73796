// The README's compatibility table, rendered from what the runtime matrix found
// (test-artifacts/compatibility.json). Shared by the matrix test (which fails when the README's
// table differs) and scripts/render-compatibility.mjs (which writes it into the README).

/** The columns, in order: what each capability is, in the table's words. */
export const CAPABILITIES = [
  { id: 'suites', label: 'Client suites (unit, contract, fault, webhooks)' },
  { id: 'typedCall', label: 'Typed call via the mock' },
  { id: 'pagination', label: 'One page of pagination' },
  { id: 'typedError', label: 'Typed error' },
  { id: 'webhook', label: 'Webhook verified' },
  { id: 'mockHosted', label: 'Mock started and stopped' },
  { id: 'commonjs', label: 'CommonJS `require` (tsc `nodenext`)' },
];

export const TABLE_START = '<!-- compatibility-table:start (written by tests/runtimes: pnpm --filter @leadway/runtime-tests compatibility-table) -->';
export const TABLE_END = '<!-- compatibility-table:end -->';

const MARK = { pass: '✓', fail: '✗', 'not-run': '—' };

/**
 * Markdown for `results` ({ rows: [{ id, label }], cells: { [row]: { [capability]: { status, note? } } } }):
 * ✓ passed, ✗ failed, — not run on that runtime, and n/a with a numbered note where the runtime
 * itself cannot do it (the note is the reason the test recorded).
 */
export function renderCompatibilityTable(results) {
  const notes = [];
  const cell = (found) => {
    if (!found) return MARK['not-run'];
    if (found.status !== 'unsupported') return MARK[found.status];
    let index = notes.indexOf(found.note);
    if (index === -1) index = notes.push(found.note) - 1;
    return `n/a (${index + 1})`;
  };
  const lines = [
    `| Runtime | ${CAPABILITIES.map((c) => c.label).join(' | ')} |`,
    `| --- | ${CAPABILITIES.map(() => ':---:').join(' | ')} |`,
    ...results.rows.map((row) => `| ${row.label} | ${CAPABILITIES.map((c) => cell(results.cells[row.id]?.[c.id])).join(' | ')} |`),
  ];
  const legend = `✓ passed, ✗ failed, — not run on this runtime${notes.length ? ', n/a: the runtime cannot do it:' : '.'}`;
  return [...lines, '', legend, ...notes.map((note, i) => `${i + 1}. ${note}`)].join('\n');
}

/** The table between the markers in `readme`, or undefined when the markers are missing. */
export function tableInReadme(readme) {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end < start) return undefined;
  return readme.slice(start + TABLE_START.length, end).trim();
}

/** `readme` with the table between the markers replaced by `table`. */
export function withTable(readme, table) {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end < start) throw new Error(`the README has no ${TABLE_START} ... ${TABLE_END} markers`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}
