/** What a renewal hands back: at least the access token it renewed. */
interface Renewed {
  accessToken: string;
}

/** One token renewal in flight at most; see {@link singleFlightRenewal}. */
export interface SingleFlightRenewal<T extends Renewed> {
  /** The renewal in flight, if any: a caller that needs a token waits for it. */
  readonly running: Promise<T> | undefined;
  /**
   * Renews unless a renewal runs (its result is shared) or `stale` is no longer the current access
   * token (another caller renewed already: the current token is the answer, nothing is sent).
   */
  unlessDone(stale: string | undefined): Promise<T>;
}

/**
 * The single-flight rule of the token providers (the OAuth refresh and the location-token exchange):
 * however many callers ask at once, or after the same 401, one request reaches the token endpoint.
 * `renew` does the work and stores its result where `current` reads it.
 */
export function singleFlightRenewal<T extends Renewed>(renew: (stale: string | undefined) => Promise<T>, current: () => T | undefined): SingleFlightRenewal<T> {
  let running: Promise<T> | undefined;
  return {
    get running() {
      return running;
    },
    unlessDone(stale) {
      if (running) return running;
      const now = current();
      if (now && stale !== undefined && now.accessToken !== stale) return Promise.resolve(now);
      running = renew(stale).finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}
