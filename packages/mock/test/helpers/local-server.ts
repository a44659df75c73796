import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** A plain HTTP server on 127.0.0.1 and a free port, standing in for an upstream API. */
export async function startLocalServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<{ url: string; requests: IncomingMessage[]; close(): Promise<void> }> {
  const requests: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    requests.push(request);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Headers every valid request to the Leadway API carries. */
export const apiHeaders = { Authorization: 'Bearer t', Version: '2021-07-28' } as const;
