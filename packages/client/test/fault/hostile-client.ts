// The client the hostile-server tests drive: the test's token, the server's URL, quick retries (two,
// 1 to 2 ms apart, so a retried answer costs no time), a timeout that only bounds a hang, and every
// transport event collected into `events`. `options` override any of it.
import { createLeadwayClient, type LeadwayClient, type LeadwayClientOptions, type TransportEvent } from '../../src/index.js';
import { SECRET_TOKEN } from '../helpers/recording-fetch.js';
import type { HostileServer } from './hostile-server.js';

export function hostileClient(server: HostileServer, events: TransportEvent[], options: Partial<LeadwayClientOptions> = {}): LeadwayClient {
  return createLeadwayClient({
    token: SECRET_TOKEN,
    baseUrl: server.url,
    timeoutMs: 10_000,
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 2 },
    onEvent: (event) => events.push(event),
    ...options,
  });
}
