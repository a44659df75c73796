/** Why the mock could not start; `code` tells the cases apart for scripts. */
export class MockStartError extends Error {
  /** Always `'MockStartError'`. */
  override readonly name = 'MockStartError';
  constructor(
    /** What went wrong: a taken port, a spec that does not load, a server that does not answer, an unreachable `proxy` upstream, or a bad option. */
    readonly code: 'PORT_IN_USE' | 'SPEC_INVALID' | 'NOT_ANSWERING' | 'UPSTREAM_UNREACHABLE' | 'BAD_OPTION' | 'SEED_INVALID',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
