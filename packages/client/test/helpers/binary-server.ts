// A local HTTP server on 127.0.0.1 (free port) for operations Prism cannot serve faithfully: binary
// answers (call recordings, transcript files). Prism answers a binary schema with a few generated
// characters, not audio bytes with their content type, so these contract tests serve the spec's shape
// themselves and check every request they receive against the spec.
import { type LoopbackServer, type SeenRequest, startLoopbackServer } from './loopback-server.js';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

/** Starts the server; `answer` decides each reply from the request (every request is kept in `requests`). */
export function startBinaryServer(answer: (request: SeenRequest) => Answer): Promise<LoopbackServer> {
  return startLoopbackServer((request, _req, res) => {
    const { status, headers, body } = answer(request);
    res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
    res.end(body);
  });
}
