import { startChildServer } from '../servers/child-server.js';
import { median, now } from '../stats.js';
import { CONTENDERS, type Contender } from './contenders.js';

export interface OverheadOptions {
  /** Calls per round, sequential mode. */
  sequentialCalls: number;
  /** Calls per round, concurrent mode (split over `inFlight` workers). */
  concurrentCalls: number;
  inFlight: number;
  /** Measured rounds (a warm-up round comes first and is dropped). */
  rounds: number;
}

export interface OverheadRow {
  contender: string;
  sequentialRps: number;
  concurrentRps: number;
  /** Ratio to bare openapi-fetch's median requests/s. */
  sequentialRatio: number;
  concurrentRatio: number;
  sequentialRounds: number[];
  concurrentRounds: number[];
}

const CONVERSATION_ID = 'tDtDnQdgm2LXpyiqYvZ6';

/**
 * Requests/s of each contender, sequential and with `inFlight` calls in flight, against a
 * keep-alive server in a child process. Rounds interleave the contenders (in a rotating order) so
 * drift on a shared machine touches them all alike; each figure is the median of the rounds.
 */
export async function runOverhead(options: OverheadOptions): Promise<OverheadRow[]> {
  const server = await startChildServer('fixed-conversation');
  try {
    const contenders = CONTENDERS.map((make) => make(server.url));
    for (const contender of contenders) await contender.get(CONVERSATION_ID);
    const sequential = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
    const concurrent = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
    for (let round = 0; round <= options.rounds; round++) {
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
      for (const contender of order) {
        const seq = await sequentialRps(contender, options.sequentialCalls);
        const con = await concurrentRps(contender, options.concurrentCalls, options.inFlight);
        if (round === 0) continue; // warm-up: JIT, connection pools
        sequential.get(contender.name)!.push(seq);
        concurrent.get(contender.name)!.push(con);
      }
    }
    const baseline = {
      sequential: median(sequential.get('openapi-fetch')!),
      concurrent: median(concurrent.get('openapi-fetch')!),
    };
    return contenders.map(({ name }) => {
      const s = median(sequential.get(name)!);
      const c = median(concurrent.get(name)!);
      return {
        contender: name,
        sequentialRps: s,
        concurrentRps: c,
        sequentialRatio: s / baseline.sequential,
        concurrentRatio: c / baseline.concurrent,
        sequentialRounds: sequential.get(name)!,
        concurrentRounds: concurrent.get(name)!,
      };
    });
  } finally {
    await server.stop();
  }
}

async function sequentialRps(contender: Contender, calls: number): Promise<number> {
  const start = now();
  for (let i = 0; i < calls; i++) await contender.get(CONVERSATION_ID);
  return (calls / (now() - start)) * 1000;
}

async function concurrentRps(contender: Contender, calls: number, inFlight: number): Promise<number> {
  const perWorker = Math.ceil(calls / inFlight);
  const worker = async () => {
    for (let i = 0; i < perWorker; i++) await contender.get(CONVERSATION_ID);
  };
  const start = now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  return ((perWorker * inFlight) / (now() - start)) * 1000;
}
