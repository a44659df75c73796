// Pacing on a clock that moves only when the client waits: the rate-limit store (and the test's
// server) read `clock.at` instead of the wall clock, and every wait the store asks for moves the
// clock by exactly that much, as if the client's sleep took exactly as long as asked. Whether the
// client paces then depends on what the answers said, never on how fast the machine answered.
import type { RateLimitStore } from '../../src/index.js';

export interface VirtualClock {
  /** Epoch milliseconds. */
  at: number;
}

export function onVirtualClock(store: RateLimitStore, clock: VirtualClock): RateLimitStore {
  const advance = (wait: number) => {
    clock.at += wait;
    return wait;
  };
  return {
    acquire(key) {
      const wait = store.acquire(key, clock.at);
      return typeof wait === 'number' ? advance(wait) : wait.then(advance);
    },
    record(key, observation) {
      return store.record(key, observation, clock.at);
    },
  };
}
