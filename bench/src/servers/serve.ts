// Entry point of a child process that hosts one bench server, so the server's work runs on its own
// event loop (and, on a 2-core machine, its own core) instead of competing with the client timed.
// Protocol over the IPC channel: sends {port} once listening; answers {type:'stats'} with the
// server's counters; exits when the parent disconnects.
import type { Server } from 'node:http';
import { createRateLimitedSearchServer, type RateLimitedSearchOptions } from '@leadway/test-servers';
import { createFixedConversationServer } from './fixed-conversation-server.js';

const [kind, rawOptions = '{}'] = process.argv.slice(2);
let server: Server & { stats?: () => unknown };
if (kind === 'fixed-conversation') server = createFixedConversationServer();
else if (kind === 'rate-limited-search') server = createRateLimitedSearchServer(JSON.parse(rawOptions) as RateLimitedSearchOptions);
else throw new Error(`unknown server kind ${kind}`);

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  process.send?.({ type: 'listening', port: address.port });
});
process.on('message', (message: { type?: string }) => {
  if (message.type === 'stats') process.send?.({ type: 'stats', stats: server.stats?.() ?? null });
});
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
