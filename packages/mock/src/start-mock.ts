// First: it must run before Prism is loaded (see the module).
import './faker-english-only.js';
import type { Server } from 'node:net';
import { createOriginPolicy } from './cors.js';
import { createDelays } from './delays.js';
import { MockStartError } from './errors.js';
import { createRequestHandler } from './http-handler.js';
import { createInProcessPrism, type InProcessPrism, type PrismSettings } from './in-process-prism.js';
import { loadOperations } from './load-operations.js';
import type { MockLogLevel } from './log-level.js';
import { closeServer, createMockHttpServer } from './mock-http-server.js';
import { MAX_DELAY_MS } from './parse-delay.js';
import { bundledSpecPath } from './spec-path.js';
import { watchSpec } from './spec-watcher.js';
import type { MessageEventDelivery } from './state/message-events.js';
import { startMockState } from './state/mock-state.js';
import type { SimulatedReply } from './state/simulated-reply.js';
import type { MockStateOptions } from './state/state-options.js';
import type { StoredMessage } from './state/store.js';
import { checkUpstream } from './upstream-check.js';
import type { ExchangeReport } from './violations.js';

/** Options of {@link startMock}; all optional. */
export interface StartMockOptions extends MockStateOptions {
  /** Port to listen on. @default a free port chosen by the system */
  port?: number;
  /** Interface to bind. @default '127.0.0.1' (never all interfaces unless asked) */
  host?: string;
  /** OpenAPI document to serve (JSON, or the YAML root with its `$ref`s). @default the bundled Leadway spec shipped with this package */
  specPath?: string;
  /** Answer with generated data instead of the spec's examples. @default false */
  dynamic?: boolean;
  /** Seed for generated data, so dynamic answers repeat. */
  seed?: string;
  /** Prism's own log level. @default 'silent' */
  logLevel?: MockLogLevel;
  /** Artificial latency before every answer, to see loading states. @default 0 @unit milliseconds */
  delayMs?: number;
  /**
   * Forward every request to this API (e.g. `https://services.leadconnectorhq.com`) instead of
   * mocking, and report where its answers depart from the spec (`onViolations`). Checked at start.
   */
  proxy?: string;
  /** Reload the spec when it, or a file beside it, changes; the port stays open. @default false */
  watch?: boolean;
  /** Origins allowed besides local ones (localhost, 127.x, [::1], any port). @default [] */
  corsOrigins?: string[];
  /** Called for every answer where the request or the answer departs from the spec. */
  onViolations?(report: ExchangeReport): void;
  /** Proxying: called when the upstream did not answer a request (the caller gets a 502 problem). */
  onUpstreamError?(failure: { method: string; path: string; reason: string }): void;
  /** Called after every answer (method, path, status, duration; never headers). */
  onExchange?(exchange: { method: string; path: string; status: number; ms: number }): void;
  /**
   * Called when answering a request failed unexpectedly; the caller got a 500 and the mock keeps
   * serving. @default prints the error on stderr
   */
  onInternalError?(failure: { method: string; path: string; error: unknown }): void;
  /** Called after each reload of the spec: `error` is set when the new spec could not be loaded (the old one keeps serving). */
  onReload?(result: { error?: MockStartError }): void;
}

/** What {@link RunningMock.simulateReply} did. */
export interface SimulatedReplyResult {
  /** The inbound message stored. */
  message: StoredMessage;
  /** Its `InboundMessage` webhook delivery, when the mock has a `webhookUrl`. */
  delivery?: MessageEventDelivery;
}

/** A mock started by {@link startMock}. */
export interface RunningMock {
  /** Base URL to point a client at, e.g. `http://127.0.0.1:43121`. */
  url: string;
  /** The port it listens on (the one chosen when `port` was 0). */
  port: number;
  /** The interface it is bound to. */
  host: string;
  /** Loads the spec again and serves it from now on, on the same port. Rejects (old spec still served) when it is invalid. */
  reload(): Promise<void>;
  /** Stops the server; resolves once the port is free. */
  close(): Promise<void>;
  /**
   * Stateful mode: a customer's reply in a conversation, stored as an inbound message; resolves once
   * its signed `InboundMessage` webhook was delivered (when `webhookUrl` was given). Rejects when the
   * mock is not stateful or the conversation is not in the store.
   */
  simulateReply(reply: SimulatedReply): Promise<SimulatedReplyResult>;
  /** Stateful mode: a store back to its seed (the default store without a name); false for a store never used. */
  reset(store?: string): boolean;
  /** Stateful mode: SPKI PEM of the key webhook deliveries are signed with, for the receiver's verifier. */
  webhookPublicKeyPem?: string;
}

/**
 * Starts the real Prism mock in this process, with request and response validation on and
 * validation failures answered as errors. One plain keep-alive HTTP server on `host:port` answers
 * CORS for local origins, refuses malformed requests, adds the optional latency and calls Prism's
 * request handling in the same process. Resolves once it is listening (and so answering).
 */
export async function startMock(options: StartMockOptions = {}): Promise<RunningMock> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new MockStartError('BAD_OPTION', `port must be an integer from 0 to 65535, got ${String(options.port)}`);
  }
  const delayMs = options.delayMs ?? 0;
  if (!Number.isFinite(delayMs) || delayMs < 0 || delayMs > MAX_DELAY_MS) {
    throw new MockStartError('BAD_OPTION', `delayMs must be from 0 to ${MAX_DELAY_MS}, got ${String(options.delayMs)}`);
  }
  const specPath = options.specPath ?? bundledSpecPath;
  const settings: PrismSettings = {
    dynamic: options.dynamic ?? false,
    ...(options.seed ? { seed: options.seed } : {}),
    logLevel: options.logLevel ?? 'silent',
    ...(options.proxy !== undefined ? { upstream: await checkUpstream(options.proxy) } : {}),
  };

  const operations = await loadOperations(specPath);
  const state = await startMockState(options, operations, settings.upstream !== undefined);
  const serve = (served: typeof operations): InProcessPrism => {
    const prism = createInProcessPrism(served, settings);
    return state ? state.layer.wrap(prism, served) : prism;
  };
  let prism = serve(operations);
  const delays = createDelays();
  let closing = false;
  const server = createMockHttpServer(
    createRequestHandler({
      prism: () => prism,
      allowOrigin: createOriginPolicy(options.corsOrigins),
      delayMs,
      wait: delays.wait,
      closing: () => closing,
      ...(options.onViolations ? { onViolations: options.onViolations } : {}),
      ...(options.onExchange ? { onExchange: options.onExchange } : {}),
      ...(settings.upstream ? { upstreamOrigin: settings.upstream.origin } : {}),
      ...(options.onUpstreamError ? { onUpstreamError: options.onUpstreamError } : {}),
      onInternalError: options.onInternalError ?? logInternalError,
    }),
  );

  let actualPort: number;
  try {
    actualPort = await listen(server, port, host);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new MockStartError('PORT_IN_USE', `port ${port} on ${host} is already in use: stop what is using it, or pick another port (--port)`, { cause });
    }
    throw new MockStartError('NOT_ANSWERING', `cannot listen on ${host}:${port}: ${(cause as Error).message}`, { cause });
  }

  // One reload at a time; a change during a reload queues one more. The port never closes: the
  // next request is simply answered by the new Prism.
  let reloading: Promise<void> = Promise.resolve();
  const reload = () => {
    reloading = reloading
      .catch(() => undefined)
      .then(async () => {
        prism = serve(await loadOperations(specPath));
      });
    return reloading;
  };
  const stopWatching = options.watch
    ? watchSpec(specPath, () => {
        reload().then(
          () => options.onReload?.({}),
          (error: unknown) => options.onReload?.({ error: error instanceof MockStartError ? error : new MockStartError('SPEC_INVALID', String(error)) }),
        );
      })
    : () => undefined;

  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  const close = async () => {
    closing = true;
    stopWatching();
    delays.cancelAll();
    await reloading.catch(() => undefined);
    await closeServer(server);
  };
  const notStateful = () => new MockStartError('BAD_OPTION', 'this mock is not stateful: start it with stateful: true (--stateful)');
  return {
    url,
    port: actualPort,
    host,
    reload,
    close,
    simulateReply: (reply) => (state ? state.layer.simulateReply(reply) : Promise.reject(notStateful())),
    reset: (store) => {
      if (!state) throw notStateful();
      return state.layer.reset(store);
    },
    ...(state ? { webhookPublicKeyPem: state.publicKeyPem } : {}),
  };
}

function logInternalError({ method, path, error }: { method: string; path: string; error: unknown }): void {
  console.error(`leadway-mock: ${method} ${path} failed inside the mock, answered 500:`, error);
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}
