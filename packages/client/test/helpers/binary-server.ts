// A local HTTP server on 127.0.0.1 (free port) for operations Prism cannot serve faithfully: binary
// answers (call recordings, transcript files). Prism answers a binary schema with a few generated
// characters, not audio bytes with their content type, so these contract tests serve the spec's shape
// themselves and check every request they receive against the spec.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingMessage['headers'];
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

export interface BinaryServer {
  url: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/** Starts the server; `answer` decides each reply from the request. */
export async function startBinaryServer(answer: (request: ReceivedRequest) => Answer): Promise<BinaryServer> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers };
    received.push(request);
    req.resume();
    req.on('end', () => {
      const { status, headers, body } = answer(request);
      res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
      res.end(body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
