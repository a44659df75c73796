import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { median, now } from '../stats.js';

export interface TypeCostRow {
  consumer: string;
  /** Median of tsc's own "Total time". @unit milliseconds */
  totalMs: number;
  /** Median of tsc's "Check time". @unit milliseconds */
  checkMs: number;
  /** Median wall-clock time of the whole `tsc` process, start-up included. @unit milliseconds */
  wallMs: number;
  /** tsc's "Memory used" (median). @unit kilobytes */
  memoryKb: number;
  types: number;
  instantiations: number;
  files: number;
}

const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const fixtures = new URL('../../fixtures/types/', import.meta.url);

/** The consumers compared: each is `fixtures/types/<name>-consumer.ts` with its own tsconfig. */
export const TYPE_CONSUMERS = ['leadway', 'openapi-fetch'] as const;

/**
 * `tsc --noEmit --extendedDiagnostics` on a consumer file that calls ten operations, `rounds` times
 * after a warm-up (file cache), reporting the medians. A type error fails the measurement.
 */
export async function measureTypeCost(consumer: (typeof TYPE_CONSUMERS)[number], rounds: number): Promise<TypeCostRow> {
  const project = fileURLToPath(new URL(`tsconfig.${consumer}.json`, fixtures));
  const samples: Array<Omit<TypeCostRow, 'consumer'>> = [];
  for (let round = 0; round <= rounds; round++) {
    const start = now();
    let stdout: string;
    try {
      ({ stdout } = await run(process.execPath, [tsc, '-p', project, '--noEmit', '--extendedDiagnostics'], { maxBuffer: 4 << 20 }));
    } catch (error) {
      throw new Error(`tsc found errors in the ${consumer} consumer:\n${(error as { stdout?: string }).stdout ?? String(error)}`);
    }
    const wallMs = now() - start;
    if (round === 0) continue;
    samples.push({
      totalMs: figure(stdout, 'Total time') * 1000,
      checkMs: figure(stdout, 'Check time') * 1000,
      wallMs,
      memoryKb: figure(stdout, 'Memory used'),
      types: figure(stdout, 'Types'),
      instantiations: figure(stdout, 'Instantiations'),
      files: figure(stdout, 'Files'),
    });
  }
  const pick = (key: keyof Omit<TypeCostRow, 'consumer'>) => median(samples.map((s) => s[key]));
  return {
    consumer,
    totalMs: pick('totalMs'),
    checkMs: pick('checkMs'),
    wallMs: pick('wallMs'),
    memoryKb: pick('memoryKb'),
    types: pick('types'),
    instantiations: pick('instantiations'),
    files: pick('files'),
  };
}

function figure(output: string, label: string): number {
  const match = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output);
  if (!match) throw new Error(`tsc --extendedDiagnostics printed no "${label}"`);
  return Number(match[1]);
}
