/**
 * Reads a whole body, counting the decoded bytes as they arrive, and stops as soon as they pass
 * `maxBytes`: the stream is cancelled (which closes the connection), so a huge body or a small gzip
 * bomb is never read into memory whole. Throws `tooLarge()` then. A body announced by Content-Length
 * (and not compressed) as larger than the limit is refused before a byte is read.
 */
export async function readLimitedBody(response: Response, maxBytes: number, tooLarge: () => Error): Promise<ArrayBuffer> {
  const stream = response.body;
  if (!stream) return new ArrayBuffer(0);
  const announced = Number(response.headers.get('content-length'));
  // Content-Encoding is looked up only for a body announced as too large: the common answer skips it.
  if (Number.isFinite(announced) && announced > maxBytes && !response.headers.has('content-encoding')) {
    await stream.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0]!.byteOffset === 0 && chunks[0]!.byteLength === chunks[0]!.buffer.byteLength) {
    return chunks[0]!.buffer as ArrayBuffer;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out.buffer;
}

/** Drops a body that will not be read (a redirect's), so its connection is freed. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
