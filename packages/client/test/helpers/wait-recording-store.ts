// A memory rate-limit store that keeps every wait it answered: one entry per time the transport asked
// (`acquire`), so a test can count the asks and bound the waits without a clock.
import { createMemoryRateLimitStore, type RateLimitStore } from '../../src/index.js';

export function waitRecordingStore(): { store: RateLimitStore; waits: number[] } {
  const inner = createMemoryRateLimitStore();
  const waits: number[] = [];
  const store: RateLimitStore = {
    acquire: (key, now) => {
      const wait = inner.acquire(key, now) as number;
      waits.push(wait);
      return wait;
    },
    record: (key, observation, now) => inner.record(key, observation, now),
  };
  return { store, waits };
}
