import { startChildServer } from '../servers/child-server.js';
import { median } from '../stats.js';
import { type ContenderProcess, startContenderProcess } from './contender-process.js';
import { ABORTABLE_FLOOR, CONTENDERS, WRAPPER_CONTENDERS } from './contenders.js';
import { CONVERSATION_ID, measureCalls, type Sample } from './measure-calls.js';

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
  rounds: Sample[];
}

export interface OverheadRow {
  contender: string;
  sequential: ModeFigures;
  concurrent: ModeFigures;
}

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
        const sequential = await measureCalls(contender, 1, options.durationMs);
        const concurrent = await measureCalls(contender, options.inFlight, options.durationMs);
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
 * answers in memory, so there is no socket to wait for. Each contender runs in a process of its own
 * (as in an app that uses one client: no JIT feedback from another contender's use of openapi-fetch
 * or undici), and only one measures at a time. Same rounds and rotation as runOverhead; the
 * differences to the baselines are taken within each round, then their median, so a round the
 * shared machine slowed down moves both sides of its difference alike.
 */
export async function runWrapperCost(options: Omit<OverheadOptions, 'inFlight'>): Promise<WrapperCostRow[]> {
  const contenders: ContenderProcess[] = [];
  try {
    for (const make of WRAPPER_CONTENDERS) contenders.push(await startContenderProcess(make({ baseUrl: 'http://127.0.0.1:9' }).name));
    const samples = new Map<string, Sample[]>(contenders.map((c) => [c.name, []]));
    for (let round = 0; round <= options.rounds; round++) {
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
      for (const contender of order) {
        const sample = await contender.measure(options.durationMs);
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
  } finally {
    await Promise.all(contenders.map((c) => c.stop()));
  }
}

/** Median over rounds of mine's CPU per call minus the baseline's, each pair measured in the same round. */
function pairedCpuDifference(mine: readonly Sample[], base: readonly Sample[]): number {
  return median(mine.map((sample, round) => sample.cpuUsPerCall - base[round]!.cpuUsPerCall));
}

/** Median over rounds of mine ÷ baseline, each pair measured in the same round. */
function pairedRatio(mine: readonly Sample[], base: readonly Sample[]): number {
  return median(mine.map((sample, round) => sample.rps / base[round]!.rps));
}
