import { connect } from 'node:net';

/** An answer read off a raw socket. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `head` (and `body`) as they are on a new TCP connection to `url`'s host and port, bypassing
 * every client-side check, and resolves with the answer once the server has sent it all (its
 * `content-length`) or closed. The request should carry `Connection: close`.
 */
export function sendRaw(url: string, head: string, body: Buffer | string = ''): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (closed = false) => {
      if (settled) return;
      const answer = parse(Buffer.concat(chunks), closed);
      if (!answer) return;
      settled = true;
      socket.destroy();
      resolve(answer);
    };
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      finish();
    });
    socket.on('end', () => {
      finish(true);
      if (!settled) reject(new Error(`the server closed without a whole answer: ${Buffer.concat(chunks).toString('latin1')}`));
    });
    // The server may close after answering while we are still writing (an oversize body).
    socket.on('error', (error) => {
      finish(true);
      if (!settled) reject(error);
    });
    socket.write(head);
    if (body.length > 0) socket.write(body);
  });
}

function parse(bytes: Buffer, closed: boolean): RawAnswer | undefined {
  const end = bytes.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const [statusLine, ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = bytes.subarray(end + 4);
  const length = headers['content-length'] === undefined ? (closed ? rest.length : NaN) : Number(headers['content-length']);
  if (Number.isNaN(length) || rest.length < length) return undefined;
  return { status: Number(statusLine!.split(' ')[1]), headers, body: rest.subarray(0, length).toString('utf8') };
}
