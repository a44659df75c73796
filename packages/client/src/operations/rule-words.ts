// The words an input check's message is made of: what a value is, and what a JSON Schema type means.

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
  array: 'an array',
  object: 'an object',
};

/** A JSON Schema `type` (one name or a list) in words: `a string or null`. */
export function typeWords(type: string | readonly string[]): string {
  const list = typeof type === 'string' ? [type] : type;
  return list.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
}

/** What was given, in words: its type, and a short quote of a string or number. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `'${value.slice(0, 40)}'${value.length > 40 ? '…' : ''}`;
  if (typeof value === 'number') return `the number ${value}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}
