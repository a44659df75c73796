/** What a request asks of the mock for its answer: `Prefer: code=404, example=unread, dynamic=true, seed=s`. */
export interface AnswerPreferences {
  code?: number;
  example?: string;
  dynamic?: boolean;
  seed?: string;
}

/**
 * Reads the `Prefer` header (or, without one, the `__code`, `__example`, `__dynamic` and `__seed`
 * query parameters, as Prism does). Preferences the mock does not know are ignored; a known one
 * with a bad value is an error message.
 */
export function readPreferences(prefer: string | undefined, query: URLSearchParams): { preferences: AnswerPreferences } | { error: string } {
  const raw = new Map<string, string>();
  if (prefer !== undefined && prefer.trim() !== '') {
    for (const token of prefer.split(/[,;]/)) {
      const at = token.indexOf('=');
      if (at === -1) continue;
      const name = token.slice(0, at).trim().toLowerCase();
      const value = token.slice(at + 1).trim().replace(/^"(.*)"$/, '$1');
      if (!raw.has(name)) raw.set(name, value);
    }
  } else {
    for (const name of ['code', 'example', 'dynamic', 'seed']) {
      const value = query.get(`__${name}`);
      if (value !== null) raw.set(name, value);
    }
  }
  const preferences: AnswerPreferences = {};
  const code = raw.get('code');
  if (code !== undefined) {
    if (!/^\d{3}$/.test(code)) return { error: `Prefer: code must be a three-digit HTTP status, got "${code}"` };
    preferences.code = Number(code);
  }
  const dynamic = raw.get('dynamic');
  if (dynamic !== undefined) {
    if (dynamic !== 'true' && dynamic !== 'false') return { error: `Prefer: dynamic must be true or false, got "${dynamic}"` };
    preferences.dynamic = dynamic === 'true';
  }
  const example = raw.get('example');
  if (example !== undefined) preferences.example = example;
  const seed = raw.get('seed');
  if (seed !== undefined) preferences.seed = seed;
  return { preferences };
}
