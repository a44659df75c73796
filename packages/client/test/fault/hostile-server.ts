// A server on 127.0.0.1 that answers like a hostile or misconfigured host: redirects, bodies far
// larger than any answer should be, gzip bombs, echoes of the credentials. Each route is a function
// of the request; the server records every request and what happened to each streamed answer.
import type { ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import { afterEach } from 'vitest';
import { type LoopbackServer, type SeenRequest, startLoopbackServer } from '../helpers/loopback-server.js';

/** What happened to one streamed answer. */
export interface StreamReport {
  /** Bytes handed to the socket (compressed bytes for a gzip answer). @unit bytes */
  written: number;
  /** Bytes the answer would have had in all (decoded, for a gzip answer). @unit bytes */
  total: number;
  /** Decoded bytes fed to the compressor, for a gzip answer. @unit bytes */
  fed: number;
  /** True when the client closed the connection before the answer was complete. */
  closedEarly: boolean;
}

export type Route = (req: SeenRequest, res: ServerResponse, server: HostileServer) => void;

export interface HostileServer extends LoopbackServer {
  origin: string;
  /** One report per streamed answer, in order. */
  streams: StreamReport[];
  /** Resolves once a streamed answer has ended, either way (complete, or the client closed it). */
  streamEnded(index?: number): Promise<StreamReport>;
  /** For routes: registers a streamed answer's report, settled when its response closes. */
  track(report: StreamReport, res: ServerResponse): void;
}

export async function startHostileServer(route: Route): Promise<HostileServer> {
  const streams: StreamReport[] = [];
  const ended: Array<{ promise: Promise<StreamReport>; resolve: (r: StreamReport) => void }> = [];
  const endedAt = (index: number) => {
    while (ended.length <= index) {
      let resolve!: (r: StreamReport) => void;
      const promise = new Promise<StreamReport>((r) => (resolve = r));
      ended.push({ promise, resolve });
    }
    return ended[index]!;
  };
  let self!: HostileServer;
  const server = await startLoopbackServer((seen, _req, res) => route(seen, res, self));
  self = {
    ...server,
    origin: server.url,
    streams,
    streamEnded: (index = 0) => endedAt(index).promise,
    track(report, res) {
      const index = streams.push(report) - 1;
      res.on('close', () => {
        report.closedEarly = !res.writableFinished;
        endedAt(index).resolve(report);
      });
    },
  };
  return self;
}

/** Answers with a redirect. */
export function redirect(status: number, location: string): Route {
  return (_req, res) => {
    res.writeHead(status, { location, 'content-type': 'application/json' });
    res.end(JSON.stringify({ statusCode: status, message: 'moved' }));
  };
}

/** Answers with JSON. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Route {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
}

/**
 * Streams `total` bytes of a JSON-looking body, chunked (no Content-Length), honouring backpressure:
 * the server writes only as fast as the client reads, so `written` shows how much the client took.
 */
export function hugeBody(total: number, status = 200, contentType = 'application/json'): Route {
  return (_req, res, server) => {
    const report: StreamReport = { written: 0, total, fed: 0, closedEarly: false };
    server.track(report, res);
    res.writeHead(status, { 'content-type': contentType });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    res.write('[');
    report.written = 1;
    const pump = () => {
      while (!res.destroyed && report.written < total) {
        report.written += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end(']');
    };
    pump();
  };
}

/**
 * A gzip bomb: `Content-Encoding: gzip`, a body of `total` zero bytes once decoded, compressed about a
 * thousand times on the wire. Fed to the compressor as the socket takes it.
 */
export function gzipBomb(total: number, status = 200): Route {
  return (_req, res, server) => {
    const report: StreamReport = { written: 0, total, fed: 0, closedEarly: false };
    server.track(report, res);
    res.writeHead(status, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    const gzip = createGzip();
    gzip.on('data', (data: Buffer) => {
      report.written += data.length;
      if (!res.write(data)) {
        gzip.pause();
        res.once('drain', () => gzip.resume());
      }
    });
    gzip.on('end', () => {
      if (!res.destroyed) res.end();
    });
    res.on('close', () => gzip.destroy());
    const zeros = Buffer.alloc(1024 * 1024);
    const feed = () => {
      while (!res.destroyed && !gzip.destroyed && report.fed < total) {
        report.fed += zeros.length;
        if (!gzip.write(zeros)) {
          gzip.once('drain', feed);
          return;
        }
      }
      if (!res.destroyed && !gzip.destroyed) gzip.end();
    };
    feed();
  };
}

/**
 * A `serve(route)` for one test file: each server it starts is closed after the test that started
 * it (registered with vitest's `afterEach`).
 */
export function hostileServers(): (route: Route) => Promise<HostileServer> {
  const servers: HostileServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return async (route) => {
    const server = await startHostileServer(route);
    servers.push(server);
    return server;
  };
}
