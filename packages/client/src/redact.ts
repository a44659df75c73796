const SHORTEST_SECRET = 6;
/** A cut-off end of an excerpt this long that starts a secret is blanked too. */
const SHORTEST_PARTIAL = 3;
const BLANK = '[redacted]';

/** Blanks every known secret out of a text the server sent (a server may echo what it was given). */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= SHORTEST_SECRET) out = out.split(secret).join(BLANK);
  }
  return out;
}

/**
 * Blanks the secrets out of `text` first, then cuts it to `max` characters: cutting first could split
 * a secret at the cut and leave its prefix. The excerpt's end is then checked once more: when it is
 * the start of a secret (the text itself stopped inside one), that part is blanked as well.
 */
export function redactThenCut(text: string, secrets: readonly (string | undefined)[], max: number): string {
  const cut = redactSecrets(text, secrets).slice(0, max);
  return blankTrailingPartial(cut, secrets);
}

/** Blanks the end of `text` when it is the beginning of a secret (at least a few characters of it). */
function blankTrailingPartial(text: string, secrets: readonly (string | undefined)[]): string {
  let longest = 0;
  for (const secret of secrets) {
    if (!secret || secret.length < SHORTEST_SECRET) continue;
    for (let length = Math.min(secret.length - 1, text.length); length >= SHORTEST_PARTIAL && length > longest; length--) {
      if (text.endsWith(secret.slice(0, length))) {
        longest = length;
        break;
      }
    }
  }
  return longest > 0 ? `${text.slice(0, text.length - longest)}${BLANK}` : text;
}

/** A copy of a parsed body (JSON) with every secret blanked out of its strings, keys included. */
export function redactValue(value: unknown, secrets: readonly (string | undefined)[], depth = 0): unknown {
  if (!secrets.some((s) => s && s.length >= SHORTEST_SECRET)) return value;
  if (typeof value === 'string') return redactSecrets(value, secrets);
  if (typeof value !== 'object' || value === null) return value;
  // Deeper than any real error body: not walked, so not kept either.
  if (depth > 64) return '[not shown: nested too deep]';
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[redactSecrets(key, secrets)] = redactValue(item, secrets, depth + 1);
  return out;
}

/**
 * What an error may keep of an underlying failure (a fetch's or a store's exception): a plain Error
 * with its name, its message with the secrets blanked, its `code`, and the same of its own causes.
 * Never the original object, which can hold the Request with its Authorization header or the form.
 */
export function safeCause(cause: unknown, secrets: readonly (string | undefined)[], depth = 0): Error | undefined {
  if (cause === undefined || cause === null || depth > 4) return undefined;
  const source = cause instanceof Error ? cause : undefined;
  const name = source ? source.name : typeof cause === 'object' ? 'Error' : typeof cause;
  const message = source ? source.message : typeof cause === 'string' ? cause : '';
  const code = (cause as { code?: unknown }).code;
  const inner = source ? safeCause(source.cause, secrets, depth + 1) : undefined;
  const copy = new Error(redactThenCut(String(message), secrets, 500), inner ? { cause: inner } : undefined);
  copy.name = redactThenCut(String(name), secrets, 100);
  // A stack names only this copy's construction, not the failure's frames (which may quote values).
  copy.stack = `${copy.name}: ${copy.message}`;
  if (typeof code === 'string') Object.assign(copy, { code: redactSecrets(code, secrets) });
  return copy;
}

/** The bearer token of an Authorization header value, when there is one. */
export function bearerOf(authorization: string | null | undefined): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  return match?.[1]?.trim();
}
