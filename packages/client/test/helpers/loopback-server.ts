// The part the local test servers share (the fault suite's fault and hostile servers, the binary
// answers of the calls contract test): an HTTP server on 127.0.0.1 and a free port that reads each
// request whole, records it, hands it on, and on close ends every connection it holds (a stalled
// answer included) so the test never waits for a client's keep-alive.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface LoopbackServer {
  url: string;
  /** Every request that reached the server (body included), in order. */
  requests: SeenRequest[];
  /** Stops the server, destroying its open connections. */
  close(): Promise<void>;
}

/** Starts the server; `onRequest` answers each request once it is recorded in `requests`. */
export async function startLoopbackServer(onRequest: (seen: SeenRequest, req: IncomingMessage, res: ServerResponse) => void): Promise<LoopbackServer> {
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(seen);
      onRequest(seen, req, res);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
