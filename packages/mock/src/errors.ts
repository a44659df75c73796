/** Why the mock could not start; `code` tells the cases apart for scripts. */
export class MockStartError extends Error {
  override readonly name = 'MockStartError';
  constructor(
    readonly code: 'PORT_IN_USE' | 'SPEC_INVALID' | 'NOT_ANSWERING' | 'UPSTREAM_UNREACHABLE' | 'BAD_OPTION',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
