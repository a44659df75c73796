/** A Markdown table (so a run's output can go into the README as it is), columns padded to line up. */
export function markdownTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** 12345.6 → "12,346"; digits after the point when asked. */
export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A ratio as "0.97×". */
export function formatRatio(value: number): string {
  return `${value.toFixed(2)}×`;
}

/** Bytes as "6,171 B (6.0 KiB)". */
export function formatBytes(value: number): string {
  return `${formatNumber(value)} B`;
}
