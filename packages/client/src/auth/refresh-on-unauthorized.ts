import type { RequestContext } from '../transport/request-context.js';
import type { TokenSource } from '../transport/token-source.js';
import { copyingLike, type Transport } from '../transport/transport.js';
import { isRefreshableTokenProvider } from './refreshable-token-provider.js';
import { responseSaysTokenRejected } from './token-rejection.js';

/**
 * Wraps a transport so that a 401 saying the token is expired or invalid gets one token refresh and
 * one resend, also for requests that create something: a 401 means the API did not process the
 * request. A second 401 is returned as it is (the caller turns it into AuthenticationError). A
 * static token or a plain function has nothing to refresh, so the transport is returned unchanged.
 * @internal Used by `createLeadwayClient`; not part of the stable API.
 */
export function refreshOnUnauthorized(inner: Transport, source: TokenSource): Transport {
  if (!isRefreshableTokenProvider(source)) return inner;
  return copyingLike(inner, async function sendRefreshingOnce(request, context) {
    // The inner transport consumes a body; keep a copy of one for the one resend. A request without
    // one is sent again as it is (a clone would cost a Request and a signal linked to its own).
    const spare = request.body === null ? request : request.clone();
    const first = withOwnSignal(context);
    const response = await inner(request, first);
    if (!(await responseSaysTokenRejected(response))) return response;
    // Each attempt gets a signal of its own, so the provider can say which token this request sent;
    // calls that saw the same rejected token then share one refresh instead of each starting one.
    await source.refreshAfterRejection(source.tokenIssuedFor(first.signal!));
    return inner(spare, withOwnSignal(context));
  });
}

/** The context with a signal unique to this attempt that follows the caller's signal. */
function withOwnSignal(context: RequestContext): RequestContext {
  const signal = context.signal ? AbortSignal.any([context.signal]) : new AbortController().signal;
  return { ...context, signal };
}
