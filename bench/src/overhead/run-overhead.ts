import { startChildServer } from '../servers/child-server.js';
import { median, now } from '../stats.js';
import { ABORTABLE_FLOOR, CONTENDERS, type Contender, WRAPPER_CONTENDERS } from './contenders.js';

export interface OverheadOptions {
  /** How long each contender runs in each mode, each round. @unit milliseconds */
  durationMs: number;
  /** Calls in flight in the concurrent mode. */
  inFlight: number;
  /** Measured rounds (a warm-up round comes first and is dropped). */
  rounds: number;
}

export interface ModeFigures {
  /** Median requests/s over the rounds. */
  rps: number;
  /**
   * Ratio to bare openapi-fetch's requests/s: the median of the per-round ratios, each taken
   * between measurements made seconds apart, so slow drift in the machine's load cancels out.
   */
  ratio: number;
  /** Median CPU time this process spent per call (user + system): less swayed by other load than req/s. @unit microseconds */
  cpuUsPerCall: number;
  rounds: Array<{ calls: number; rps: number; cpuUsPerCall: number }>;
}

export interface OverheadRow {
  contender: string;
  sequential: ModeFigures;
  concurrent: ModeFigures;
}

const CONVERSATION_ID = 'tDtDnQdgm2LXpyiqYvZ6';
/** Bound on calls per measurement, whatever the clock says. */
const MAX_CALLS = 200_000;

type Sample = ModeFigures['rounds'][number];

/**
 * Requests/s of each contender, sequential and with `inFlight` calls in flight, against a
 * keep-alive server in a child process. Each measurement runs for a fixed time; rounds interleave
 * the contenders in a rotating order so drift on a shared machine touches them all alike; each
 * figure is the median of the rounds.
 */
export async function runOverhead(options: OverheadOptions): Promise<OverheadRow[]> {
  const server = await startChildServer('fixed-conversation');
  try {
    const contenders = CONTENDERS.map((make) => make({ baseUrl: server.url }));
    for (const contender of contenders) await contender.get(CONVERSATION_ID);
    const samples = new Map(contenders.map((c) => [c.name, { sequential: [] as Sample[], concurrent: [] as Sample[] }]));
    for (let round = 0; round <= options.rounds; round++) {
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
      for (const contender of order) {
        const sequential = await measure(contender, 1, options.durationMs);
        const concurrent = await measure(contender, options.inFlight, options.durationMs);
        if (round === 0) continue; // warm-up: JIT, connection pools
        samples.get(contender.name)!.sequential.push(sequential);
        samples.get(contender.name)!.concurrent.push(concurrent);
      }
    }
    const baseline = samples.get('openapi-fetch')!;
    const figures = (mine: Sample[], base: Sample[]): ModeFigures => {
      const rps = median(mine.map((s) => s.rps));
      return {
        rps,
        ratio: pairedRatio(mine, base),
        cpuUsPerCall: median(mine.map((s) => s.cpuUsPerCall)),
        rounds: mine,
      };
    };
    return contenders.map(({ name }) => ({
      contender: name,
      sequential: figures(samples.get(name)!.sequential, baseline.sequential),
      concurrent: figures(samples.get(name)!.concurrent, baseline.concurrent),
    }));
  } finally {
    await server.stop();
  }
}

/** Runs `inFlight` workers that call back to back until `durationMs` has passed. */
async function measure(contender: Contender, inFlight: number, durationMs: number): Promise<Sample> {
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

export interface WrapperCostRow {
  contender: string;
  /** Median calls/s, sequential, nothing but the wrapper and an in-memory answer. */
  rps: number;
  /** Median CPU per call. @unit microseconds */
  cpuUsPerCall: number;
  /** Extra CPU per call over bare openapi-fetch: the median of the per-round differences. @unit microseconds */
  overUsPerCall: number;
  /**
   * Extra CPU per call over openapi-fetch with an abortable Request (the floor of any client whose
   * fetch sees aborts): the median of the per-round differences. @unit microseconds
   */
  overFloorUsPerCall: number;
  /** Ratio to bare openapi-fetch's calls/s (median of the per-round ratios). */
  ratio: number;
}

/**
 * The wrapper's own cost: each contender calls back to back with a fetch (or axios adapter) that
 * answers in memory, so there is no socket to wait for. Same rounds and rotation as runOverhead; the
 * differences to the baselines are taken within each round, then their median, so a round the
 * shared machine slowed down moves both sides of its difference alike.
 */
export async function runWrapperCost(options: Omit<OverheadOptions, 'inFlight'>): Promise<WrapperCostRow[]> {
  const contenders = WRAPPER_CONTENDERS.map((make) => make({ baseUrl: 'http://127.0.0.1:9', inMemory: true }));
  const samples = new Map<string, Sample[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round <= options.rounds; round++) {
    const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
    for (const contender of order) {
      const sample = await measure(contender, 1, options.durationMs);
      if (round > 0) samples.get(contender.name)!.push(sample);
    }
  }
  const base = samples.get('openapi-fetch')!;
  const floor = samples.get(ABORTABLE_FLOOR)!;
  return contenders.map(({ name }) => {
    const mine = samples.get(name)!;
    return {
      contender: name,
      rps: median(mine.map((s) => s.rps)),
      cpuUsPerCall: median(mine.map((s) => s.cpuUsPerCall)),
      overUsPerCall: pairedCpuDifference(mine, base),
      overFloorUsPerCall: pairedCpuDifference(mine, floor),
      ratio: pairedRatio(mine, base),
    };
  });
}

/** Median over rounds of mine's CPU per call minus the baseline's, each pair measured in the same round. */
function pairedCpuDifference(mine: readonly Sample[], base: readonly Sample[]): number {
  return median(mine.map((sample, round) => sample.cpuUsPerCall - base[round]!.cpuUsPerCall));
}

/** Median over rounds of mine ÷ baseline, each pair measured in the same round. */
function pairedRatio(mine: readonly Sample[], base: readonly Sample[]): number {
  return median(mine.map((sample, round) => sample.rps / base[round]!.rps));
}
