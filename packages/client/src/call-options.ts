import type { CallOptions } from './call.js';
import { InvalidInputError } from './errors/invalid-input-error.js';
import { checkByteLimit, checkDuration, checkRetries } from './options.js';
import type { RequestContext } from './transport/request-context.js';
import { typeName } from './validate.js';

/**
 * The transport context for one call, from the caller's options, checked before anything is sent.
 * Resource functions use it so every operation honours `signal`, `timeoutMs`, `deadlineMs` and
 * `maxRetries` the same way:
 *
 *     api.call<T>(requestContext('sendMessage', false, options), (fetch) => ...)
 *
 * `idempotent` is false for requests that create something (send, inbound, upload): those are
 * never re-sent once they may have reached the server.
 */
export function requestContext(operation: string, idempotent: boolean, options: CallOptions | undefined): RequestContext {
  if (options === undefined) return { operation, idempotent };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidInputError('options', `expected an object, got ${typeName(options)}`);
  }
  const { signal, timeoutMs, deadlineMs, maxRetries, maxResponseBytes } = options;
  if (signal !== undefined && !isAbortSignal(signal)) throw new InvalidInputError('signal', 'must be an AbortSignal');
  return {
    operation,
    idempotent,
    signal,
    timeoutMs: timeoutMs === undefined ? undefined : checkDuration('timeoutMs', timeoutMs),
    deadlineMs: deadlineMs === undefined ? undefined : checkDuration('deadlineMs', deadlineMs),
    maxRetries: maxRetries === undefined ? undefined : checkRetries('maxRetries', maxRetries),
    maxResponseBytes: maxResponseBytes === undefined ? undefined : checkByteLimit('maxResponseBytes', maxResponseBytes),
  };
}

function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AbortSignal).aborted === 'boolean' &&
    typeof (value as AbortSignal).addEventListener === 'function'
  );
}
