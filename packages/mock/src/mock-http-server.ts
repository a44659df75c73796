import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { apiErrorBody } from './api-error.js';

/**
 * The plain keep-alive HTTP server users see, on the port they asked for; `handler` answers every
 * request in this process. A request Node cannot even parse gets an API-shaped 4xx here.
 */
export function createMockHttpServer(handler: (incoming: IncomingMessage, outgoing: ServerResponse) => void): Server {
  const server = createServer({ keepAlive: true }, handler);
  server.on('clientError', answerUnparsableRequest);
  return server;
}

/** Stops listening and ends every connection (browsers keep theirs open; close() would wait for them). */
export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/** Answers a request whose head Node could not parse (a malformed header, headers too large), then closes. */
function answerUnparsableRequest(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = apiErrorBody(status, tooLarge ? 'The request headers are too large.' : 'The request could not be parsed as HTTP.');
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
