import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import { MockStartError } from './errors.js';
import { bundledSpecPath } from './spec-path.js';

export interface StartMockOptions {
  /** Port to listen on. @default a free port chosen by the system */
  port?: number;
  /** Interface to bind. @default '127.0.0.1' (never all interfaces unless asked) */
  host?: string;
  /** OpenAPI document to serve. @default the bundled Leadway spec shipped with this package */
  specPath?: string;
  /** Answer with generated data instead of the spec's examples. @default false */
  dynamic?: boolean;
  /** Seed for generated data, so dynamic answers repeat. */
  seed?: string;
  /** Prism log level ('silent', 'error', 'info', ...). @default 'silent' */
  logLevel?: string;
}

export interface RunningMock {
  /** Base URL to point a client at, e.g. `http://127.0.0.1:43121`. */
  url: string;
  port: number;
  host: string;
  /** Stops the server; resolves once the port is free. */
  close(): Promise<void>;
}

/**
 * Starts the real Prism mock in this process on the bundled spec, with request validation on and
 * validation failures answered as errors. Resolves once the server answers a request.
 */
export async function startMock(options: StartMockOptions = {}): Promise<RunningMock> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new MockStartError('BAD_OPTION', `port must be an integer from 0 to 65535, got ${String(options.port)}`);
  }
  const specPath = options.specPath ?? bundledSpecPath;

  let operations;
  try {
    operations = await getHttpOperationsFromSpec(specPath);
  } catch (cause) {
    throw new MockStartError('SPEC_INVALID', `cannot load the spec at ${specPath}: ${(cause as Error).message}`, { cause });
  }
  if (operations.length === 0) {
    throw new MockStartError('SPEC_INVALID', `the spec at ${specPath} has no operations`);
  }

  const logger = createLogger('LEADWAY-MOCK', { level: options.logLevel ?? 'silent' });
  const server = createServer(operations, {
    cors: true,
    config: {
      mock: { dynamic: options.dynamic ?? false, ...(options.seed ? { seed: options.seed } : {}) },
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      errors: true,
      upstreamProxy: undefined,
      isProxy: false,
    },
    components: { logger },
  });

  let address: string;
  try {
    address = await server.listen(port, host);
  } catch (cause) {
    // Prism rejects with the error's message string, not the error itself.
    const text = typeof cause === 'string' ? cause : ((cause as Error)?.message ?? String(cause));
    if (/EADDRINUSE/.test(text) || (cause as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
      throw new MockStartError(
        'PORT_IN_USE',
        `port ${port} on ${host} is already in use: stop what is using it, or pick another port (--port)`,
        { cause },
      );
    }
    throw new MockStartError('NOT_ANSWERING', `cannot listen on ${host}:${port}: ${text}`, { cause });
  }

  const actualPort = Number(new URL(address).port);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  await waitUntilAnswering(url, () => server.close());
  return { url, port: actualPort, host, close: () => server.close() };
}

async function waitUntilAnswering(url: string, close: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    try {
      const response = await fetch(`${url}/__leadway_mock_ready`, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      return;
    } catch (cause) {
      if (Date.now() > deadline) {
        await close().catch(() => undefined);
        throw new MockStartError('NOT_ANSWERING', `the mock at ${url} did not answer within 5 s`, { cause });
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
