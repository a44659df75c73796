const SHORTEST_SECRET = 6;

/** Blanks every known secret out of a text the server sent (a server may echo what it was given). */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= SHORTEST_SECRET) out = out.split(secret).join('[redacted]');
  }
  return out;
}
