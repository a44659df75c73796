// `pnpm bench`: every measurement side by side with its baseline, printed as Markdown tables and
// written to bench/results.json. `pnpm bench <section...>` runs only those sections
// (bundle, types, overhead, wrapper, walk, redis, mock); BENCH_QUICK=1 runs fewer rounds, for a smoke test.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLE_APPS, measureBundle } from './bundle/measure-bundle.js';
import { describeMachine } from './machine.js';
import { PRISM_CLI_ROW, runMock } from './mock/run-mock.js';
import { runOverhead, runWrapperCost } from './overhead/run-overhead.js';
import { type PacedWalkOptions, runPacedWalk } from './paced-walk/run-paced-walk.js';
import { runSharedWalk, runStoreLatency } from './redis/run-redis.js';
import { formatBytes, formatNumber, formatRatio, markdownTable } from './table.js';
import { measureTypeCost, TYPE_CONSUMERS } from './types/measure-types.js';
import type { WalkFigures } from './walk-figures.js';

const SECTIONS = ['bundle', 'types', 'overhead', 'wrapper', 'walk', 'redis', 'mock'] as const;
type Section = (typeof SECTIONS)[number];

const quick = process.env.BENCH_QUICK === '1';
const asked = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = asked.filter((arg) => !SECTIONS.includes(arg as Section));
if (unknown.length > 0) {
  console.error(`bench: unknown section ${unknown.join(', ')}; sections are ${SECTIONS.join(', ')}`);
  process.exit(2);
}
const sections = new Set<Section>(asked.length > 0 ? (asked as Section[]) : SECTIONS);

/**
 * The walks. Allowed rates sit well below what a sequential walker reaches unpaced on this machine
 * (several hundred requests/s), so the limit, not the walker's speed, is what is measured.
 */
const WALKS: Array<{ label: string } & PacedWalkOptions> = [
  {
    label: "100 per 2,000 ms (the API's burst of 100, its 10 s window 5× faster)",
    conversations: 5000,
    pageSize: 20,
    max: 100,
    intervalMs: 2000,
    rounds: quick ? 1 : 3,
  },
  { label: '20 per 400 ms (smaller bursts, 25× faster)', conversations: 5000, pageSize: 20, max: 20, intervalMs: 400, rounds: 1 },
];

const results: Record<string, unknown> = { date: new Date().toISOString(), machine: describeMachine(), quick };
const started = performance.now();
const machine = results.machine as ReturnType<typeof describeMachine>;
console.log(`Machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}${quick ? ' (BENCH_QUICK: fewer rounds)' : ''}\n`);

if (sections.has('bundle')) {
  const sizes = await Promise.all(BUNDLE_APPS.map((app) => measureBundle(app)));
  results.bundle = sizes;
  const bare = sizes.find((s) => s.app === 'openapi-fetch-app')!;
  console.log('## Bundle size: a browser app making one call (esbuild, minified ESM)\n');
  console.log(
    markdownTable(
      ['app', 'minified', 'gzip', 'brotli', 'gzip over bare openapi-fetch'],
      sizes.map((s) => [s.app, formatBytes(s.minified), formatBytes(s.gzip), formatBytes(s.brotli), s === bare ? '' : `+${formatBytes(s.gzip - bare.gzip)}`]),
    ),
    '\n',
  );
}

if (sections.has('types')) {
  const rows = [];
  for (const consumer of TYPE_CONSUMERS) rows.push(await measureTypeCost(consumer, quick ? 1 : 3));
  results.types = rows;
  console.log('## Type cost: tsc --noEmit of a file calling ten operations (median)\n');
  console.log(
    markdownTable(
      ['consumer', 'tsc total', 'check', 'wall (process)', 'memory', 'types', 'instantiations'],
      rows.map((r) => [
        r.consumer,
        `${formatNumber(r.totalMs)} ms`,
        `${formatNumber(r.checkMs)} ms`,
        `${formatNumber(r.wallMs)} ms`,
        `${formatNumber(r.memoryKb / 1024, 1)} MiB`,
        formatNumber(r.types),
        formatNumber(r.instantiations),
      ]),
    ),
    '\n',
  );
}

if (sections.has('overhead')) {
  const options = quick ? { durationMs: 300, inFlight: 16, rounds: 2 } : { durationMs: 700, inFlight: 16, rounds: 5 };
  const rows = await runOverhead(options);
  results.overhead = { options, rows };
  console.log(
    `## Per-call overhead: GET /conversations/{id} on a local keep-alive server (median of ${options.rounds} rounds of ${options.durationMs} ms per mode, after a warm-up; concurrent = ${options.inFlight} in flight)\n`,
  );
  console.log(
    markdownTable(
      ['contender', 'sequential req/s', 'vs openapi-fetch', 'CPU µs/call', 'concurrent req/s', 'vs openapi-fetch', 'CPU µs/call'],
      rows.map(({ contender, sequential: s, concurrent: c }) => [
        contender,
        formatNumber(s.rps),
        formatRatio(s.ratio),
        formatNumber(s.cpuUsPerCall),
        formatNumber(c.rps),
        formatRatio(c.ratio),
        formatNumber(c.cpuUsPerCall),
      ]),
    ),
    '\n',
  );
}

if (sections.has('wrapper')) {
  const options = quick ? { durationMs: 300, rounds: 2 } : { durationMs: 300, rounds: 15 };
  const rows = await runWrapperCost(options);
  results.wrapper = { options, rows };
  console.log(
    `## Wrapper cost without network: the same GET answered by an in-memory fetch (sequential; ${options.rounds} rounds of ${options.durationMs} ms, contenders interleaved; medians, differences taken within each round)\n`,
  );
  const signed = (us: number) => `${us >= 0 ? '+' : ''}${formatNumber(us, 1)}`;
  console.log(
    markdownTable(
      ['contender', 'calls/s', 'vs openapi-fetch', 'CPU µs/call', 'CPU µs/call over openapi-fetch', 'over the abortable floor'],
      rows.map((r) => [
        r.contender,
        formatNumber(r.rps),
        formatRatio(r.ratio),
        formatNumber(r.cpuUsPerCall, 1),
        signed(r.overUsPerCall),
        signed(r.overFloorUsPerCall),
      ]),
    ),
    '\n',
  );
}

if (sections.has('walk')) {
  const walks = [];
  for (const { label, ...options } of WALKS) {
    const rows = await runPacedWalk(options);
    walks.push({ label, options, rows });
    console.log(
      `## Paced walk: ${formatNumber(options.conversations)} conversations, ${options.pageSize} a page, limit ${label} (median of ${options.rounds})\n`,
    );
    console.log(
      markdownTable(
        ['walker', 'completed', 'requests', '429s', 'time', 'answered req/s', 'allowed req/s', 'fraction of allowed'],
        rows.map((r) => [r.walker, r.completed ? 'yes' : `no: ${r.error ?? 'stopped'} after ${formatNumber(r.conversations)}`, ...walkFigureCells(r)]),
      ),
      '\n',
    );
  }
  results.walk = walks;
}

if (sections.has('redis')) {
  if (spawnSync('sh', ['-c', `command -v ${process.env.REDIS_SERVER_PATH || 'redis-server'}`], { stdio: 'ignore' }).status !== 0) {
    console.log('## Redis: skipped (no redis-server; `node scripts/ensure-test-packages.mjs redis-server` installs it)\n');
  } else {
    const walkOptions = {
      runs: [{ processes: 1, store: 'memory' as const }, ...[1, 4, 8].map((processes) => ({ processes, store: 'redis' as const }))],
      requests: quick ? 190 : 380,
      pageSize: 20,
      max: 100,
      intervalMs: 2000,
      warmUpPages: quick ? 20 : 100,
    };
    const walkRows = await runSharedWalk(walkOptions);
    console.log(
      `## Shared rate limit through Redis: N processes walk one location, ${formatNumber(walkOptions.requests)} requests between them, limit 100 per 2,000 ms (the API's burst, its window 5× faster), one Redis, one pacing key; each process first walks ${walkOptions.warmUpPages} pages of an unlimited server (untimed warm-up)\n`,
    );
    console.log(
      markdownTable(
        ['processes', 'store', 'completed', 'requests', '429s', 'time', 'answered req/s', 'allowed req/s', 'fraction of allowed'],
        walkRows.map((r) => [String(r.processes), r.store === 'memory' ? 'in-memory (baseline)' : 'Redis', r.completed ? 'yes' : 'no', ...walkFigureCells(r)]),
      ),
      '\n',
    );
    const latencyOptions = quick ? { calls: 300, rounds: 2 } : { calls: 1000, rounds: 5 };
    const latencyRows = await runStoreLatency(latencyOptions);
    const memory = latencyRows[0]!;
    const signed = (us: number) => `${us >= 0 ? '+' : '−'}${formatNumber(Math.abs(us))} µs`;
    console.log(
      `## Rate-limit store latency: what the store adds to each call (median of ${latencyOptions.rounds} alternating rounds of ${formatNumber(latencyOptions.calls)}; store = acquire + record alone, call = a sequential GET /conversations/{id} on a local keep-alive server)\n`,
    );
    console.log(
      markdownTable(
        ['store', 'store µs/call', 'added over in-memory', 'whole call µs', 'added over in-memory'],
        latencyRows.map((r) => [
          r.store,
          formatNumber(r.storeUsPerCall, 1),
          r === memory ? '' : signed(r.storeUsPerCall - memory.storeUsPerCall),
          formatNumber(r.callUsPerCall),
          r === memory ? '' : signed(r.callUsPerCall - memory.callUsPerCall),
        ]),
      ),
      '\n',
    );
    results.redis = { walk: { options: walkOptions, rows: walkRows }, latency: { options: latencyOptions, rows: latencyRows } };
  }
}

if (sections.has('mock')) {
  const options = quick ? { starts: 1, requests: 200, inFlight: 8, rounds: 1 } : { starts: 3, requests: 400, inFlight: 8, rounds: 5 };
  const rows = await runMock(options);
  results.mock = { options, rows };
  const prism = rows.find((r) => r.server === PRISM_CLI_ROW)!;
  console.log(
    `## Mock server: GET /conversations/{id}, request and response validation on (median; ${formatNumber(options.requests)} requests a round, ${options.inFlight} in flight)\n`,
  );
  console.log(
    `Compared: startMock() in a child process, the leadway-mock command, and Prism's own CLI (\`prism mock <bundled spec> --errors\`), on the same bundled spec; ${options.rounds} measured rounds after a warm-up, the servers taking turns within each round; the load is ${options.inFlight} keep-alive node:http connections. "per-round ratio" is the median of each round's requests/s over the CLI's in that round.\n`,
  );
  console.log(
    markdownTable(
      [
        'server',
        'spawn → first 200',
        'vs prism CLI',
        'startMock() → first answer',
        'req/s',
        'vs prism CLI',
        'per-round ratio',
        'server CPU µs/request',
        'vs prism CLI',
        'non-200',
      ],
      rows.map((r) => [
        r.server,
        `${formatNumber(r.coldStartMs)} ms`,
        formatRatio(r.coldStartMs / prism.coldStartMs),
        r.startToFirstAnswerMs === null ? 'n/a' : `${formatNumber(r.startToFirstAnswerMs)} ms`,
        formatNumber(r.rps),
        formatRatio(r.rps / prism.rps),
        formatRatio(r.rpsRatioToCli),
        r.serverCpuUsPerRequest === null ? 'n/a' : formatNumber(r.serverCpuUsPerRequest),
        r.serverCpuUsPerRequest === null || prism.serverCpuUsPerRequest === null ? 'n/a' : formatRatio(r.serverCpuUsPerRequest / prism.serverCpuUsPerRequest),
        formatNumber(r.non200),
      ]),
    ),
    '\n',
  );
  for (const r of rows.filter((row) => row !== prism)) {
    const cpu =
      r.serverCpuUsPerRequest !== null && prism.serverCpuUsPerRequest !== null
        ? `, ${formatRatio(r.serverCpuUsPerRequest / prism.serverCpuUsPerRequest)} its server CPU per request`
        : '';
    console.log(
      `${r.server}: ${formatRatio(r.rpsRatioToCli)} the requests/s of the prism CLI (median per-round ratio), spawn → first 200 ${formatRatio(r.coldStartMs / prism.coldStartMs)} its time${cpu} (same run)`,
    );
  }
  console.log('');
}

results.durationMs = performance.now() - started;
const out = fileURLToPath(new URL('../results.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Done in ${formatNumber((results.durationMs as number) / 1000, 1)} s; figures written to ${out}`);

/** The cells of a walk's figures, the same in every walk table: requests, 429s, time, rates, fraction. */
function walkFigureCells(r: WalkFigures): string[] {
  return [
    formatNumber(r.requests),
    formatNumber(r.tooManyRequests),
    `${formatNumber(r.elapsedMs)} ms`,
    formatNumber(r.achievedRps, 1),
    formatNumber(r.allowedRps),
    r.completed ? formatNumber(r.fractionOfAllowed, 2) : 'n/a',
  ];
}
