import { InvalidInputError } from '../errors/invalid-input-error.js';
import { isPastWindowEnd } from './window-boundary.js';

/**
 * Remembers accepted `webhookId`s so that a delivery cannot be accepted twice. Implement it over a
 * shared store (Redis `SET key 1 NX PXAT expiresAt`, a unique database column, ...) when several
 * processes receive webhooks; the in-memory default protects one process only.
 */
export interface WebhookReplayStore {
  /**
   * Records `webhookId` until `expiresAtMs` (epoch milliseconds) and returns true, or returns false
   * when it is already recorded and not yet expired. `expiresAtMs` is inclusive: it is the last
   * millisecond at which the verifier still accepts the delivery's timestamp, so the id must still
   * be known at exactly that millisecond and may be forgotten from the next one (give a backend
   * that drops an entry at exactly its expiry time `expiresAtMs + 1`). Must be atomic: two
   * concurrent calls with the same id may not both return true.
   */
  markSeen(webhookId: string, expiresAtMs: number): boolean | Promise<boolean>;
}

/** Options of `createMemoryReplayStore`. */
export interface MemoryReplayStoreOptions {
  /**
   * Most ids kept. When full, expired ids go first, then the oldest; an evicted id whose timestamp
   * is still within the tolerance could be accepted again, so size this above the deliveries one
   * tolerance window brings.
   * @default 10000
   */
  maxEntries?: number;
  /** Clock, in epoch milliseconds. @default Date.now */
  now?: () => number;
}

/** The default `WebhookReplayStore`: a bounded in-process map whose entries expire. */
export function createMemoryReplayStore(options: MemoryReplayStoreOptions = {}): WebhookReplayStore & {
  /** How many ids are remembered now. */
  readonly size: number;
} {
  const maxEntries = options.maxEntries ?? 10_000;
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) {
    throw new InvalidInputError('maxEntries', 'must be a whole number of at least 1');
  }
  const now = options.now ?? Date.now;
  // Insertion order is roughly expiry order (ids arrive within one tolerance window), so pruning
  // from the front removes expired ids without scanning the whole map.
  const seen = new Map<string, number>();

  function pruneFront(at: number): void {
    for (const [id, expiresAt] of seen) {
      if (!isPastWindowEnd(expiresAt, at)) return;
      seen.delete(id);
    }
  }

  return {
    get size() {
      return seen.size;
    },
    markSeen(webhookId, expiresAtMs) {
      const at = now();
      const known = seen.get(webhookId);
      if (known !== undefined && !isPastWindowEnd(known, at)) return false;
      seen.delete(webhookId);
      seen.set(webhookId, expiresAtMs);
      pruneFront(at);
      while (seen.size > maxEntries) {
        const oldest = seen.keys().next().value as string;
        seen.delete(oldest);
      }
      return true;
    },
  };
}
