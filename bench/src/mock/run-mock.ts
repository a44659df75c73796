import { type ChildProcess, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { bundledSpecPath } from '@leadway/mock';
import { median, now } from '../stats.js';
import { CONVERSATION_PATH, MOCK_REQUEST_HEADERS } from './mock-request.js';

export interface MockOptions {
  /** Cold starts per server. */
  starts: number;
  /** Requests per throughput round. */
  requests: number;
  inFlight: number;
  /** Measured throughput rounds (after one warm-up round). */
  rounds: number;
}

export interface MockRow {
  server: string;
  /** Median, spawn of the process to the first 200 for GET /conversations/{id}. @unit milliseconds */
  coldStartMs: number;
  /** Median, startMock() called to its first answered request, inside a process that has loaded the module. @unit milliseconds */
  startToFirstAnswerMs: number | null;
  /** Median requests/s for GET /conversations/{id} with request validation on. */
  rps: number;
  /**
   * Median over the measured rounds of this server's requests/s divided by the prism CLI's in the
   * same round (the servers take turns, so a round's ratio sees the same load on the machine).
   */
  rpsRatioToCli: number;
  /** Answers that were not 200 during the throughput rounds (should be 0). */
  non200: number;
  /**
   * CPU time the server process spent per request over the measured rounds (user + system, from
   * /proc; null where there is none). Other load on the machine sways it much less than requests/s.
   * @unit microseconds
   */
  serverCpuUsPerRequest: number | null;
}

const POLL_MS = 10;
/** A hang detector: a cold start on a machine with other loads can take tens of seconds. */
const START_TIMEOUT_MS = 120_000;
const require = createRequire(import.meta.url);
const prismCli = require.resolve('@stoplight/prism-cli/dist/index.js');
const leadwayMockCli = fileURLToPath(new URL('./dist/cli.js', new URL(`file://${require.resolve('@leadway/mock/package.json')}`)));
const serveMock = fileURLToPath(new URL('./serve-mock.js', import.meta.url));

interface Started {
  child: ChildProcess;
  url: string;
  coldStartMs: number;
  startToFirstAnswerMs: number | null;
}

/** startMock() in a child process on the given port (stateless, or `stateful`: answered from its store). */
async function startLeadwayMock(port: number, mode: 'stateless' | 'stateful' = 'stateless'): Promise<Started> {
  const t0 = now();
  const child = fork(serveMock, [String(port), mode], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const ready = new Promise<{ firstAnswerMs: number }>((resolve) =>
    child.on('message', (m: { type?: string; firstAnswerMs: number }) => m.type === 'ready' && resolve(m)),
  );
  const url = `http://127.0.0.1:${port}`;
  const coldStartMs = (await pollUntilAnswering(url, child)) - t0;
  const { firstAnswerMs } = await ready;
  return { child, url, coldStartMs, startToFirstAnswerMs: firstAnswerMs };
}

/** The `leadway-mock` command, as a developer starts it: `leadway-mock --port <port>` (bundled spec, 127.0.0.1). */
async function startLeadwayMockCli(port: number): Promise<Started> {
  const t0 = now();
  const child = spawn(process.execPath, [leadwayMockCli, '--port', String(port), '--no-watch'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const coldStartMs = (await pollUntilAnswering(url, child)) - t0;
  return { child, url, coldStartMs, startToFirstAnswerMs: null };
}

/** Prism's own CLI, as a team would start it: `prism mock <spec> -p <port> -h 127.0.0.1 --errors`. */
async function startPrismCli(port: number): Promise<Started> {
  const t0 = now();
  const child = spawn(process.execPath, [prismCli, 'mock', bundledSpecPath, '-p', String(port), '-h', '127.0.0.1', '--errors'], {
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const url = `http://127.0.0.1:${port}`;
  const coldStartMs = (await pollUntilAnswering(url, child)) - t0;
  return { child, url, coldStartMs, startToFirstAnswerMs: null };
}

/** The name of the baseline row, which the others are compared with. */
export const PRISM_CLI_ROW = 'prism mock (CLI)';

const SERVERS = [
  { name: '@leadway/mock startMock()', start: startLeadwayMock },
  { name: '@leadway/mock startMock({ stateful: true })', start: (port: number) => startLeadwayMock(port, 'stateful') },
  { name: 'leadway-mock (command)', start: startLeadwayMockCli },
  { name: PRISM_CLI_ROW, start: startPrismCli },
];

/**
 * Start-up time and requests/s of the mock beside Prism's CLI on the same bundled spec. The
 * machine may be shared, so the servers take turns: each cold start goes round all of them, and on
 * the last start all stay up and the throughput rounds alternate between them, so a burst of
 * other load falls on all of them alike and their ratio holds.
 */
export async function runMock(options: MockOptions): Promise<MockRow[]> {
  const figures = SERVERS.map(() => ({ cold: [] as number[], inside: [] as number[], rps: [] as number[], non200: 0, cpuMs: 0, requests: 0, cpuKnown: true }));
  const running: Started[] = [];
  try {
    for (let start = 0; start < options.starts; start++) {
      const last = start === options.starts - 1;
      for (const [i, server] of SERVERS.entries()) {
        const started = await server.start(await freePort());
        figures[i]!.cold.push(started.coldStartMs);
        if (started.startToFirstAnswerMs !== null) figures[i]!.inside.push(started.startToFirstAnswerMs);
        if (last) running.push(started);
        else await stop(started.child);
      }
    }
    // One warm-up round each, then the measured ones, taking turns.
    for (let round = 0; round <= options.rounds; round++) {
      for (const [i, started] of running.entries()) {
        const cpuBefore = processCpuMs(started.child.pid);
        const result = await throughput(started.url, options.requests, options.inFlight);
        const cpuAfter = processCpuMs(started.child.pid);
        if (round === 0) continue;
        figures[i]!.rps.push(result.rps);
        figures[i]!.non200 += result.non200;
        figures[i]!.requests += result.requests;
        if (cpuBefore === null || cpuAfter === null) figures[i]!.cpuKnown = false;
        else figures[i]!.cpuMs += cpuAfter - cpuBefore;
      }
    }
  } finally {
    await Promise.all(running.map((started) => stop(started.child)));
  }
  const cli = figures[SERVERS.findIndex((server) => server.name === PRISM_CLI_ROW)]!;
  return SERVERS.map((server, i) => ({
    server: server.name,
    rpsRatioToCli: median(figures[i]!.rps.map((rps, round) => rps / cli.rps[round]!)),
    coldStartMs: median(figures[i]!.cold),
    startToFirstAnswerMs: figures[i]!.inside.length ? median(figures[i]!.inside) : null,
    rps: median(figures[i]!.rps),
    non200: figures[i]!.non200,
    serverCpuUsPerRequest: figures[i]!.cpuKnown && figures[i]!.requests > 0 ? (figures[i]!.cpuMs * 1000) / figures[i]!.requests : null,
  }));
}

/** User + system CPU time of a process so far, from /proc (Linux); null elsewhere. @unit milliseconds */
function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * (1000 / CLOCK_TICKS_PER_S) : null;
  } catch {
    return null;
  }
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat times. */
const CLOCK_TICKS_PER_S = 100;

/**
 * Requests/s of `requests` GET /conversations/{id}, `inFlight` at a time, each on its own
 * keep-alive connection. The load comes from node:http, the lightest client Node has: the same
 * for every server, and as little as possible of the machine's CPU, which the servers share with it.
 */
async function throughput(url: string, requests: number, inFlight: number): Promise<{ rps: number; non200: number; requests: number }> {
  let non200 = 0;
  const perWorker = Math.ceil(requests / inFlight);
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
  const target = new URL(`${url}${CONVERSATION_PATH}`);
  const get = () =>
    new Promise<number>((resolve, reject) => {
      const sent = request(target, { agent, headers: MOCK_REQUEST_HEADERS }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      });
      sent.on('error', reject);
      sent.end();
    });
  const worker = async () => {
    for (let i = 0; i < perWorker; i++) if ((await get()) !== 200) non200++;
  };
  const start = now();
  try {
    await Promise.all(Array.from({ length: inFlight }, worker));
  } finally {
    agent.destroy();
  }
  return { rps: ((perWorker * inFlight) / (now() - start)) * 1000, non200, requests: perWorker * inFlight };
}

/** Polls until the server answers 200; returns the time it did. Bounded by START_TIMEOUT_MS. */
async function pollUntilAnswering(url: string, child: ChildProcess): Promise<number> {
  const deadline = now() + START_TIMEOUT_MS;
  while (now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} before answering`);
    try {
      const response = await fetch(`${url}${CONVERSATION_PATH}`, { headers: MOCK_REQUEST_HEADERS, signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.status === 200) return now();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  child.kill('SIGKILL');
  throw new Error(`the server at ${url} did not answer within ${START_TIMEOUT_MS} ms`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  if (child.connected) child.disconnect();
  else child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
