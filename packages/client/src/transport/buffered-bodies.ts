/** A private slot on each Response the transport read: where its bytes are kept. */
const BUFFERED_BODY = Symbol('leadway.bufferedBody');

type WithBufferedBody = Response & { [BUFFERED_BODY]?: ArrayBuffer };

/** For a Response that takes no new property (frozen by a custom fetch): the bytes by answer. */
const notExtensible = new WeakMap<Response, ArrayBuffer>();

/**
 * The bytes of each answer the transport read. A 2xx answer is returned as it came, its body already
 * read into here (no second Response is built on the hot path); `call` parses these bytes, and
 * `readableResponse` rebuilds a readable Response where a caller needs one.
 *
 * Kept in a symbol-keyed slot on the Response rather than a WeakMap: a WeakMap entry per call cost
 * about 2 µs of CPU in the in-memory bench (its table grows with the dead answers until a full
 * garbage collection). The slot is invisible to `util.inspect`, `JSON.stringify` and `Object.keys`,
 * and holds the bytes exactly as long as the Response lives, as the WeakMap did.
 */
export const bufferedBodies = {
  get(response: Response): ArrayBuffer | undefined {
    return (response as WithBufferedBody)[BUFFERED_BODY] ?? notExtensible.get(response);
  },
  set(response: Response, bytes: ArrayBuffer): void {
    if (Object.isExtensible(response)) (response as WithBufferedBody)[BUFFERED_BODY] = bytes;
    else notExtensible.set(response, bytes);
  },
};
