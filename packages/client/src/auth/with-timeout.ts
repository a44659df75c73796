/**
 * Settles like `work`, or rejects with `onTimeout()` after `ms`: a store or fetch that never answers
 * must not make every call that waits for a token hang. The timer is cleared either way.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
