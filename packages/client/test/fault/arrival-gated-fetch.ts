// The fetch the fault suite gives the client: the global one, except for when an abort (the client's
// per-request timeout, its deadline or the caller's signal) reaches the connection. The script says
// which requests the server leaves unanswered; only those are meant to end in a timeout or an abort.
//
// - An abort reaches the wire only once the server has received that request, so a stall always
//   ends in the client's TimeoutError (or AbortedError) with the request counted by the server,
//   however slowly a loaded machine carried it there.
// - For a request the server answers at once (a status, a bad body, a reset), the abort is not
//   passed on: the answer is already on its way and decides the outcome, not a timer that a slow
//   machine let fire first.
//
// So how many requests reached the server, and how each call ends, never depend on the machine's
// speed. (That the client's timer does not fire early is covered where answers are instant:
// test/unit/transport.test.ts and every test with a normal answer.)
import type { Fault, FaultServer } from './fault-server.js';

/** Faults whose answer (or reset) the server sends at once. A new kind is not listed: aborts pass. */
const ANSWERED_AT_ONCE: ReadonlySet<Fault['kind']> = new Set([
  'json',
  'html',
  'invalid-json',
  'truncated',
  'cut-mid-stream',
  'reset-before-headers',
  'reset-after-headers',
]);

export function arrivalGatedFetch(server: Pick<FaultServer, 'arrival'>): (request: Request) => Promise<Response> {
  let sent = 0;
  return (request) => {
    // Attempts go one after another, so the n-th fetch is the server's n-th request.
    const arrived = server.arrival(sent++);
    const wire = new AbortController();
    const { signal } = request;
    const forward = () =>
      void arrived.then((fault) => {
        if (!ANSWERED_AT_ONCE.has(fault.kind)) wire.abort(signal.reason);
      });
    if (signal.aborted) forward();
    else signal.addEventListener('abort', forward, { once: true });
    return globalThis.fetch(request, { signal: wire.signal });
  };
}
