import { resolveToken, type TokenSource } from './token-source.js';

/**
 * Resolves the token for one attempt, bounded by the call's deadline and the caller's signal: a token
 * provider that hangs (a refresh whose network call stalls) ends the call with a typed error instead
 * of hanging it. A static token resolves at once and starts no timer.
 */
export async function tokenWithin(
  source: TokenSource,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  onTimeout: () => Error,
  onAbort: () => Error,
): Promise<string> {
  if (typeof source !== 'function') return resolveToken(source, signal);
  const pending = resolveToken(source, signal);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let abort: (() => void) | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), timeoutMs);
    if (signal) {
      abort = () => reject(onAbort());
      if (signal.aborted) abort();
      else signal.addEventListener('abort', abort, { once: true });
    }
  });
  try {
    // race() subscribes to `pending`, so a provider failing after we stopped waiting is not unhandled.
    return await Promise.race([pending, bound]);
  } finally {
    clearTimeout(timer);
    if (abort) signal?.removeEventListener('abort', abort);
  }
}
