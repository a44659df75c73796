const BRAND = Symbol.for('@leadway/client.error');

/** Every kind of failure the client reports; `error.kind` tells them apart without `instanceof`. */
export type LeadwayErrorKind =
  | 'invalid_input'
  | 'bad_request'
  | 'authentication'
  | 'permission_denied'
  | 'not_found'
  | 'unprocessable_entity'
  | 'rate_limited'
  | 'server'
  | 'http'
  | 'connection'
  | 'timeout'
  | 'aborted'
  | 'malformed_response'
  | 'response_too_large'
  | 'redirect'
  | 'token_refresh';

/**
 * Base class of every error the client throws. It never holds a credential: requests are described by
 * method and path only, and no request header is kept.
 */
export abstract class LeadwayError extends Error {
  /** What failed, as a string to switch on; each subclass has its own value. */
  abstract readonly kind: LeadwayErrorKind;

  /**
   * How many requests the call sent, retries included (1 when it was not retried), on every error
   * that came back from the network: the HTTP errors, ConnectionError, TimeoutError, AbortedError,
   * MalformedResponseError, ResponseTooLargeError, RedirectError. Set by the transport's attempt
   * loop; 0 when the call ended before its first request left (a pacing wait past the deadline).
   * Undefined for an error raised before the call reached the transport (InvalidInputError).
   */
  readonly attempts: number | undefined = undefined;

  /** True for any error from this package, also across bundle copies and realms. */
  static isLeadwayError(value: unknown): value is LeadwayError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  /**
   * `fields` are the subclass's own fields, its `kind` first: set here, in that order, so a subclass
   * only declares them (no field initialisers to repeat in every class).
   */
  constructor(message: string, options?: { cause?: unknown }, fields?: object) {
    super(message, options);
    // Not enumerable (nor, for the brand, writable or configurable): defineProperty's defaults.
    Object.defineProperty(this, BRAND, { value: true });
    Object.defineProperty(this, 'name', { value: new.target.name, configurable: true, writable: true });
    Object.assign(this, fields);
  }

  /** A plain, credential-free description, so `JSON.stringify(error)` is useful. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, kind: this.kind, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key !== 'cause' && typeof value !== 'function') out[key] = value;
    }
    return out;
  }
}
