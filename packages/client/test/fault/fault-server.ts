// A real HTTP server on 127.0.0.1 that answers each request the way the test scripted it: the faults
// a client meets between it and the API (gateways, proxies, resets, stalls, rate limits).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type LoopbackServer, startLoopbackServer } from '../helpers/loopback-server.js';

export type Fault =
  /** A JSON answer with any status and extra headers. */
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  /** Exactly these bytes (or this text), with these headers: bodies JSON.stringify cannot make. */
  | { kind: 'raw'; status: number; body: string | Uint8Array; headers?: Record<string, string> }
  /** An HTML page, as a gateway sends it. */
  | { kind: 'html'; status: number }
  /** A 200 whose body is not valid JSON. */
  | { kind: 'invalid-json' }
  /** Content-Length promises more bytes than are sent, then the connection closes. */
  | { kind: 'truncated' }
  /** A chunked body that stops half way: the socket is destroyed mid-stream. */
  | { kind: 'cut-mid-stream' }
  /** The connection is reset (TCP RST) before any byte of the answer. */
  | { kind: 'reset-before-headers' }
  /** Status and headers are sent, then the connection is reset. */
  | { kind: 'reset-after-headers' }
  /** Nothing is ever sent; the socket stays open until the server closes. */
  | { kind: 'stall' };

export interface FaultServer extends LoopbackServer {
  /** Resolves once `count` requests (whole, body included) have reached the server. */
  waitForRequests(count: number): Promise<void>;
  /** Resolves, once the `n`-th request (0-based) has reached the server, with how it is answered. */
  arrival(n: number): Promise<Fault>;
}

/** Starts the server. `script(n)` says how to answer the n-th request (0-based). */
export async function startFaultServer(script: (n: number) => Fault): Promise<FaultServer> {
  const faults: Fault[] = [];
  const waiting: Array<{ count: number; resolve: () => void }> = [];
  const server = await startLoopbackServer((_seen, req, res) => {
    const fault = script(faults.length);
    faults.push(fault);
    for (const waiter of waiting.filter((w) => w.count <= faults.length)) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
    answer(fault, req, res);
  });
  const waitForRequests = (count: number) =>
    server.requests.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ count, resolve }));
  return { ...server, waitForRequests, arrival: (n) => waitForRequests(n + 1).then(() => faults[n]!) };
}

const JSON_TYPE = { 'content-type': 'application/json' };

function answer(fault: Fault, req: IncomingMessage, res: ServerResponse): void {
  switch (fault.kind) {
    case 'json': {
      res.writeHead(fault.status, { ...JSON_TYPE, ...fault.headers });
      res.end(JSON.stringify(fault.body));
      return;
    }
    case 'raw': {
      res.writeHead(fault.status, { ...JSON_TYPE, ...fault.headers });
      res.end(fault.body);
      return;
    }
    case 'html':
      res.writeHead(fault.status, { 'content-type': 'text/html' });
      res.end('<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>');
      return;
    case 'invalid-json':
      res.writeHead(200, JSON_TYPE);
      res.end('{"id": "c1", "contactId": ');
      return;
    case 'truncated':
      res.writeHead(200, { ...JSON_TYPE, 'content-length': '500' });
      res.write('{"id":"c1","contactId":"k1"');
      res.flushHeaders();
      setTimeout(() => req.socket.destroy(), 20);
      return;
    case 'cut-mid-stream':
      res.writeHead(200, JSON_TYPE); // no Content-Length: chunked
      res.write('{"id":"c1","locationId":"l1","contactId":');
      setTimeout(() => req.socket.destroy(), 20);
      return;
    case 'reset-before-headers':
      req.socket.resetAndDestroy();
      return;
    case 'reset-after-headers':
      res.writeHead(200, JSON_TYPE);
      res.flushHeaders();
      setTimeout(() => req.socket.resetAndDestroy(), 20);
      return;
    case 'stall':
      return;
  }
}

/** A loopback port with nothing listening: connecting to it is refused. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
