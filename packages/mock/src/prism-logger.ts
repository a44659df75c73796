import { createLogger } from '@stoplight/prism-core';

import type { MockLogLevel } from './log-level.js';

export type { MockLogLevel };

/**
 * Prism's pino logger, with request credentials redacted: at `info` and above Prism logs the whole
 * request object (`input.headers`) with its `Authorization` token.
 */
// The return type is spelled out so the emitted .d.ts names it through an import, not as a bare
// `pino.Logger` that consumers of the published package cannot resolve.
export function createPrismLogger(level: MockLogLevel): ReturnType<typeof createLogger> {
  const logger = createLogger('LEADWAY-MOCK', {
    level,
    redact: {
      paths: ['input.headers.authorization', 'input.headers.cookie', 'input.headers["x-api-key"]'],
      censor: '[redacted]',
    },
  });
  // Silent, every child is silent too: Prism asks for a child logger on every request, and making
  // one is work for nothing.
  if (level === 'silent') logger.child = (() => logger) as typeof logger.child;
  return logger;
}
