/**
 * The one boundary rule of the webhook time window, shared by the verifier's age check and the
 * replay store so they cannot disagree: `endMs` is the last millisecond still inside the window
 * (inclusive), and a moment is past it only when it is later.
 *
 * - The age check accepts a timestamp `t` at `now` while `!isPastWindowEnd(t + toleranceMs, now)`
 *   (and a timestamp ahead of the clock while `!isPastWindowEnd(now + toleranceMs, t)`).
 * - The replay store keeps a `webhookId` recorded with `expiresAtMs = t + toleranceMs` while
 *   `!isPastWindowEnd(expiresAtMs, now)`.
 *
 * So at exactly `t + toleranceMs` a replay still passes the age check and is still remembered
 * (refused as `replayed`); one millisecond later the age check refuses it (`timestamp_expired`).
 */
export function isPastWindowEnd(endMs: number, atMs: number): boolean {
  return atMs > endMs;
}
