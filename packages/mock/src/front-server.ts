import { request as httpRequest, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { apiErrorBody, sendApiError } from './api-error.js';
import { answerPreflight, corsHeadersFor } from './cors.js';
import { checkDeclaredLength, checkRequestTarget, parseBody, readBody, type RequestRefusal } from './request-guard.js';
import { upstreamFailureBody, upstreamFailureReason } from './upstream-failure.js';
import { parseViolationsHeader, type ExchangeReport } from './violations.js';

export interface FrontServerOptions {
  /** The internal port Prism listens on now; read per request, so a reload can swap it. */
  targetPort(): number;
  /** Which cross-origin pages may call. */
  allowOrigin(origin: string): boolean;
  /** Artificial latency before each answer. @unit milliseconds @default 0 */
  delayMs: number;
  /** Called after every answer that carried spec violations. */
  onViolations?(report: ExchangeReport): void;
  /** Set when proxying: the upstream's origin, so an unreachable upstream is told apart from a failing one. */
  upstreamOrigin?: string;
  /** Called when, proxying, the upstream did not answer a request (the page gets a 502). */
  onUpstreamError?(failure: { method: string; path: string; reason: string }): void;
  /** Called after every answer, for request logging (no headers, so no credentials). */
  onExchange?(exchange: { method: string; path: string; status: number; ms: number }): void;
  /** Called when handling a request failed unexpectedly (the caller gets a 500). */
  onInternalError?(failure: { method: string; path: string; error: unknown }): void;
}

/** What startMock asks to learn the server answers; answered here, never forwarded (not even to a proxied upstream). */
export const READY_PATH = '/__leadway_mock_ready';

// Hop-by-hop headers are the connection's own business, never forwarded.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

/**
 * The server users see, on the port they asked for. It answers CORS itself, waits the artificial
 * latency, and forwards everything else to Prism on its internal port. Keeping the public socket
 * here is what lets a spec reload swap Prism without dropping the port.
 */
export function createFrontServer(options: FrontServerOptions): { server: Server; close(): Promise<void> } {
  const pendingDelays = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  let closing = false;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const entry = { timer: setTimeout(() => { pendingDelays.delete(entry); resolve(); }, ms), resolve };
      pendingDelays.add(entry);
    });

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    if (answerPreflight(incoming, outgoing, options.allowOrigin)) return;
    if (incoming.url === READY_PATH) {
      outgoing.writeHead(204).end();
      return;
    }
    const refuse = (refusal: RequestRefusal, close = false) =>
      sendApiError(outgoing, refusal.status, refusal.message, { headers: corsHeadersFor(incoming.headers.origin, options.allowOrigin, ['content-type']), close });
    const badTarget = checkRequestTarget(incoming.url);
    if (badTarget) return refuse(badTarget);
    const declaredTooLarge = checkDeclaredLength(incoming);
    if (declaredTooLarge) return refuse(declaredTooLarge, true);
    const read = await readBody(incoming);
    if ('aborted' in read) return void outgoing.destroy();
    if ('refusal' in read) return refuse(read.refusal, true);
    const parsed = parseBody(read.bytes, incoming.headers['content-type']);
    if ('refusal' in parsed) return refuse(parsed.refusal);
    const started = Date.now();
    if (options.delayMs > 0) await wait(options.delayMs);
    if (closing) {
      outgoing.destroy();
      return;
    }
    const path = (incoming.url ?? '/').split('?')[0] ?? '/';
    const method = incoming.method ?? 'GET';
    const forward = httpRequest(
      {
        host: '127.0.0.1',
        port: options.targetPort(),
        method,
        path: incoming.url,
        headers: incoming.headers,
        agent: false,
      },
      (answer) => {
        const status = answer.statusCode ?? 502;
        const headers: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
        }
        Object.assign(headers, corsHeadersFor(incoming.headers.origin, options.allowOrigin, Object.keys(headers)));
        if (options.upstreamOrigin !== undefined && status === 500) {
          relayPossibleUpstreamFailure(answer, outgoing, headers, options.upstreamOrigin, (reason) => {
            options.onUpstreamError?.({ method, path, reason });
          });
          answer.once('end', () => options.onExchange?.({ method, path, status: outgoing.statusCode, ms: Date.now() - started }));
          return;
        }
        outgoing.writeHead(status, headers);
        answer.pipe(outgoing);
        answer.once('end', () => {
          const violations = parseViolationsHeader(answer.headers['sl-violations']);
          if (violations.length > 0) options.onViolations?.({ method, path, status, violations });
          options.onExchange?.({ method, path, status, ms: Date.now() - started });
        });
      },
    );
    forward.on('error', (error) => {
      if (outgoing.headersSent) {
        outgoing.destroy();
        return;
      }
      outgoing.writeHead(502, { 'content-type': 'application/problem+json', ...corsHeadersFor(incoming.headers.origin, options.allowOrigin, ['content-type']) });
      outgoing.end(JSON.stringify({ type: 'about:blank', title: 'The mock could not answer', status: 502, detail: error.message }));
    });
    forward.end(read.bytes);
  }

  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      options.onInternalError?.({ method: incoming.method ?? 'GET', path: (incoming.url ?? '/').split('?')[0] ?? '/', error });
      sendApiError(outgoing, 500, 'leadway-mock failed while answering this request; see its log.');
    });
  });
  // A request Node cannot parse (a malformed header, headers too large): an API-shaped 4xx, then close.
  server.on('clientError', answerUnparsableRequest);

  return {
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        for (const entry of pendingDelays) {
          clearTimeout(entry.timer);
          entry.resolve();
        }
        pendingDelays.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep connections open; without this close() would wait for them.
        server.closeAllConnections();
      }),
  };
}

/** Answers a request whose head Node could not parse, in the API's error shape. */
export function answerUnparsableRequest(error: NodeJS.ErrnoException, socket: import('node:stream').Duplex): void {
  if (!socket.writable || (error as { code?: string }).code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = apiErrorBody(status, status === 431 ? 'The request headers are too large.' : 'The request could not be parsed as HTTP.');
  socket.end(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

/** Buffers a 500 from Prism; sends it on unchanged, or as a 502 when the upstream never answered. */
function relayPossibleUpstreamFailure(
  answer: IncomingMessage,
  outgoing: ServerResponse,
  headers: Record<string, string | string[]>,
  upstreamOrigin: string,
  onFailure: (reason: string) => void,
): void {
  const chunks: Buffer[] = [];
  answer.on('data', (chunk: Buffer) => chunks.push(chunk));
  answer.once('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const reason = upstreamFailureReason(500, String(headers['content-type'] ?? ''), body);
    if (reason === undefined) {
      outgoing.writeHead(500, headers).end(body);
      return;
    }
    onFailure(reason);
    const text = upstreamFailureBody(upstreamOrigin, reason);
    delete headers['content-length'];
    outgoing.writeHead(502, { ...headers, 'content-type': 'application/problem+json', 'content-length': String(Buffer.byteLength(text)) }).end(text);
  });
}
