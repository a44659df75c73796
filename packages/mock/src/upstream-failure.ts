/**
 * Proxying, a request the upstream never answered (connection refused, reset, DNS...) gets a 502
 * problem that says so, since a 500 would read as the API failing.
 */
export function upstreamFailureBody(upstreamOrigin: string, reason: string): string {
  return JSON.stringify({
    type: 'about:blank',
    title: 'The upstream API does not answer',
    status: 502,
    detail: `leadway-mock could not reach ${upstreamOrigin}: ${reason}`,
  });
}
