// Which 401 answers mean "this token is expired or invalid", so a new token may help. Others (a
// missing scope, a missing or bad Version header, an IAM routing problem) would fail again with any
// token, so they are not worth a refresh. Messages from REFERENCE 1.7 (observed live).
const REJECTED_TOKEN = [/invalid jwt/i, /jwt (is )?expired/i, /access token is invalid/i, /token (has )?expired/i, /^invalid token/i];

/** True when a 401 body says the bearer token itself is expired or invalid. */
export function saysTokenRejected(body: unknown): boolean {
  const message = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
  const texts = Array.isArray(message) ? message : [message];
  return texts.some((text) => typeof text === 'string' && REJECTED_TOKEN.some((pattern) => pattern.test(text.trim())));
}

/** Reads a 401 answer without consuming it and tells whether the token was rejected. */
export async function responseSaysTokenRejected(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  try {
    return saysTokenRejected(JSON.parse(await response.clone().text()));
  } catch {
    return false;
  }
}
