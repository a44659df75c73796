/** What a request asks of the mock for its answer: `Prefer: code=404, example=unread, dynamic=true, seed=s, retry-after=1`. */
export interface AnswerPreferences {
  code?: number;
  example?: string;
  dynamic?: boolean;
  seed?: string;
  /** The `Retry-After` a 429 answer carries instead of the spec's example. @unit seconds */
  retryAfterS?: number;
}

/** The longest `Retry-After` a request may ask for: one day, the API's longest window. @unit seconds */
export const MAX_PREFERRED_RETRY_AFTER_S = 86_400;

/**
 * Reads the `Prefer` header (or, without one, the `__code`, `__example`, `__dynamic`, `__seed` and
 * `__retry-after` query parameters, as Prism does). Preferences the mock does not know are
 * ignored; a known one with a bad value is an error message.
 */
export function readPreferences(prefer: string | undefined, query: URLSearchParams): { preferences: AnswerPreferences } | { error: string } {
  const raw = new Map<string, string>();
  if (prefer !== undefined && prefer.trim() !== '') {
    for (const token of prefer.split(/[,;]/)) {
      const at = token.indexOf('=');
      if (at === -1) continue;
      const name = token.slice(0, at).trim().toLowerCase();
      const value = token
        .slice(at + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
      if (!raw.has(name)) raw.set(name, value);
    }
  } else {
    for (const name of ['code', 'example', 'dynamic', 'seed', 'retry-after']) {
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
  const retryAfter = raw.get('retry-after');
  if (retryAfter !== undefined) {
    if (!/^\d{1,6}$/.test(retryAfter) || Number(retryAfter) > MAX_PREFERRED_RETRY_AFTER_S) {
      return { error: `Prefer: retry-after must be whole seconds from 0 to ${MAX_PREFERRED_RETRY_AFTER_S}, got "${retryAfter}"` };
    }
    preferences.retryAfterS = Number(retryAfter);
  }
  const example = raw.get('example');
  if (example !== undefined) preferences.example = example;
  const seed = raw.get('seed');
  if (seed !== undefined) preferences.seed = seed;
  return { preferences };
}
