// A deterministic paced walk: N walkers, each with its own RateLimitStore (the real Redis store,
// clock 'caller', one key for all), each sending its share of requests one after another (as a walk
// sends its pages) to the rate-limited search server (the bench's, clock injected), in virtual time.
// Every step runs for real (a Lua script on redis-server, an HTTP request to the server), one at a
// time, in the order of its virtual time, so the figures depend on the store's algorithm and on the
// latencies the simulation draws (seeded), never on how fast or busy the machine is.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { RateLimitObservation, RateLimitStore } from '@leadway/client';
import { createRateLimitedSearchServer } from '@leadway/test-servers';

export interface SimulationOptions {
  walkers: number;
  /** Requests all walkers make together (split evenly). */
  requests: number;
  /** The server's limit. */
  max: number;
  /** @unit milliseconds */
  intervalMs: number;
  /** One request's trip to the server and its answer's trip back, each drawn from [min, max]. @unit milliseconds */
  latencyMs: { min: number; max: number };
  /** After a walker is told to wait, it wakes this much later than asked (a timer's lateness), drawn from [0, wakeLateMs]. @unit milliseconds */
  wakeLateMs: number;
  /** Seeds the latency draws. */
  seed: number;
}

export interface SimulationResult {
  answered: number;
  tooManyRequests: number;
  /** From the first acquire to the last answer, in virtual time. @unit milliseconds */
  elapsedMs: number;
  /** (ceil(answered / max) − 1) × interval ÷ elapsed, as in the bench: 1.0 is perfect pacing. */
  fractionOfAllowed: number;
}

interface Event {
  at: number;
  order: number;
  run: () => Promise<void>;
}

const START = 1_800_000_000_000;

/** Runs the walk, walker `i` pacing with `storeOf(i)` under `key`, and reports what the server saw. */
export async function simulatePacedWalk(storeOf: (walker: number) => RateLimitStore, key: string, options: SimulationOptions): Promise<SimulationResult> {
  let clock = START;
  // Only the limit matters here: every request asks for the first page of one conversation.
  const server = createRateLimitedSearchServer({ total: 1, max: options.max, intervalMs: options.intervalMs, now: () => clock });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const random = seeded(options.seed);
  const draw = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const queue: Event[] = [];
  let order = 0;
  const schedule = (at: number, run: () => Promise<void>) => {
    queue.push({ at, order: order++, run });
  };
  let lastAnswer = START;

  const walker = (store: RateLimitStore, requests: number) => {
    let left = requests;
    const ask = async () => {
      const wait = await store.acquire(key, clock);
      if (wait > 0) return schedule(clock + wait + draw(0, options.wakeLateMs), ask);
      schedule(clock + draw(options.latencyMs.min, options.latencyMs.max), arrive);
    };
    const arrive = async () => {
      const response = await fetch(`${baseUrl}/conversations/search?locationId=loc&limit=1`);
      await response.arrayBuffer();
      const observation = observationOf(response);
      schedule(clock + draw(options.latencyMs.min, options.latencyMs.max), async () => {
        await store.record(key, observation, clock);
        lastAnswer = clock;
        if (observation.status !== 429) left--;
        if (left > 0) await ask();
      });
    };
    schedule(clock, ask);
  };

  try {
    for (let index = 0; index < options.walkers; index++) walker(storeOf(index), Math.floor(options.requests / options.walkers));
    // Bounded: a walk of these sizes ends long before this many steps.
    for (let step = 0; queue.length > 0; step++) {
      if (step > 1_000_000) throw new Error('simulatePacedWalk: the walk did not end');
      queue.sort((a, b) => a.at - b.at || a.order - b.order);
      const next = queue.shift()!;
      clock = next.at;
      await next.run();
    }
    const stats = server.stats();
    const elapsedMs = lastAnswer - START;
    return {
      answered: stats.answered,
      tooManyRequests: stats.tooManyRequests,
      elapsedMs,
      fractionOfAllowed: ((Math.ceil(stats.answered / options.max) - 1) * options.intervalMs) / elapsedMs,
    };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

function observationOf(response: Response): RateLimitObservation {
  const number = (name: string) => {
    const value = response.headers.get(name);
    return value === null ? undefined : Number(value);
  };
  return {
    status: response.status,
    max: number('x-ratelimit-max'),
    intervalMs: number('x-ratelimit-interval-milliseconds'),
    remaining: number('x-ratelimit-remaining'),
    dailyRemaining: number('x-ratelimit-daily-remaining'),
  };
}

/** mulberry32: a small seeded generator, so every run draws the same latencies. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
