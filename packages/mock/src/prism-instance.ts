import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import { MockStartError } from './errors.js';
import { createPrismLogger, type MockLogLevel } from './prism-logger.js';
import { forwardWithoutRedirects } from './upstream-forwarder.js';

/** What Prism is asked to do: mock from the spec, or forward to a real API and check its answers. */
export interface PrismSettings {
  dynamic: boolean;
  seed?: string;
  logLevel: MockLogLevel;
  /** Forward to this API and validate its answers instead of mocking. */
  upstream?: URL;
}

/** A Prism server on an internal loopback port; the front server forwards to it. */
export interface PrismInstance {
  port: number;
  close(): Promise<void>;
}

/** The operations Prism serves, as read from a spec. */
export type SpecOperations = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>;

/** Reads the spec's operations. @throws MockStartError('SPEC_INVALID') when it cannot be loaded. */
export async function loadOperations(specPath: string): Promise<SpecOperations> {
  let operations;
  try {
    operations = await getHttpOperationsFromSpec(specPath);
  } catch (cause) {
    throw new MockStartError('SPEC_INVALID', `cannot load the spec at ${specPath}: ${(cause as Error).message}`, { cause });
  }
  if (operations.length === 0) throw new MockStartError('SPEC_INVALID', `the spec at ${specPath} has no operations`);
  return operations;
}

/**
 * Starts Prism on 127.0.0.1 and a free port with request validation on. CORS is off here: the
 * front server answers it for the port users see.
 */
export async function startPrism(operations: SpecOperations, settings: PrismSettings): Promise<PrismInstance> {
  const proxying = settings.upstream !== undefined;
  const server = createServer(operations, {
    cors: false,
    config: {
      mock: { dynamic: settings.dynamic, ...(settings.seed ? { seed: settings.seed } : {}) },
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      // Mocking: an answer that breaks the spec is an error of ours, so say so. Proxying: pass the
      // upstream's answer through and report where it departs from the spec (sl-violations).
      errors: !proxying,
      upstreamProxy: undefined,
      ...(proxying ? { isProxy: true as const, upstream: settings.upstream! } : { isProxy: false as const }),
    },
    components: { logger: createPrismLogger(settings.logLevel), forward: forwardWithoutRedirects },
  });
  let address: string;
  try {
    address = await server.listen(0, '127.0.0.1');
  } catch (cause) {
    const text = typeof cause === 'string' ? cause : ((cause as Error)?.message ?? String(cause));
    throw new MockStartError('NOT_ANSWERING', `cannot start Prism on 127.0.0.1: ${text}`, { cause });
  }
  return { port: Number(new URL(address).port), close: () => server.close() };
}
