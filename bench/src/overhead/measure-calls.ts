import { now } from '../stats.js';
import type { Contender } from './contenders.js';

/** One measurement of one contender. */
export interface Sample {
  calls: number;
  rps: number;
  /** CPU time the measuring process spent per call (user + system). @unit microseconds */
  cpuUsPerCall: number;
}

/** The conversation every contender gets. */
export const CONVERSATION_ID = 'tDtDnQdgm2LXpyiqYvZ6';
/** Bound on calls per measurement, whatever the clock says. */
const MAX_CALLS = 200_000;

/** Runs `inFlight` workers that call back to back until `durationMs` has passed. */
export async function measureCalls(contender: Contender, inFlight: number, durationMs: number): Promise<Sample> {
  let calls = 0;
  const cpu = process.cpuUsage();
  const start = now();
  const until = start + durationMs;
  const worker = async () => {
    while (now() < until && calls < MAX_CALLS) {
      await contender.get(CONVERSATION_ID);
      calls++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const elapsed = now() - start;
  const used = process.cpuUsage(cpu);
  return { calls, rps: (calls / elapsed) * 1000, cpuUsPerCall: (used.user + used.system) / calls };
}
