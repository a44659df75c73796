import type { RateLimitStats } from '@leadway/test-servers';
import { startChildServer } from '../servers/child-server.js';
import { median, now } from '../stats.js';
import { type WalkFigures, walkFigures } from '../walk-figures.js';
import { WALKERS } from './walkers.js';

export interface PacedWalkOptions {
  conversations: number;
  pageSize: number;
  /** The burst limit, scaled down from the API's 100 per 10,000 ms. */
  max: number;
  /** @unit milliseconds */
  intervalMs: number;
  /** Walks per walker; the figures are the medians. */
  rounds: number;
}

export interface PacedWalkRow extends WalkFigures {
  walker: string;
  /** Conversations seen (all of them when the walk completed). */
  conversations: number;
  /** The name of the error that ended the walk early, if one did. */
  error: string | null;
}

/** Pages through `conversations` on a server that enforces a burst limit, with each walker. */
export async function runPacedWalk(options: PacedWalkOptions): Promise<PacedWalkRow[]> {
  const limits = { pageSize: options.pageSize, maxPages: Math.ceil(options.conversations / options.pageSize) + 5, maxMs: 60_000 };
  const rows: PacedWalkRow[] = [];
  for (const walker of WALKERS) {
    const runs: PacedWalkRow[] = [];
    for (let round = 0; round < options.rounds; round++) {
      // A fresh server per walk: its window and counters start empty.
      const server = await startChildServer('rate-limited-search', { total: options.conversations, max: options.max, intervalMs: options.intervalMs });
      try {
        const progress = { seen: 0 };
        let error: string | null = null;
        const start = now();
        try {
          await walker.walk(server.url, limits, progress);
        } catch (caught) {
          error = caught instanceof Error ? caught.name : String(caught);
        }
        const conversations = progress.seen;
        const elapsedMs = now() - start;
        const stats = await server.stats<RateLimitStats>();
        const completed = error === null && conversations === options.conversations;
        runs.push({ walker: walker.name, conversations, error, ...walkFigures(stats, options, elapsedMs, completed) });
      } finally {
        await server.stop();
      }
    }
    const middle = [...runs].sort((a, b) => a.elapsedMs - b.elapsedMs)[runs.length >> 1]!;
    rows.push({ ...middle, tooManyRequests: median(runs.map((r) => r.tooManyRequests)) });
  }
  return rows;
}
