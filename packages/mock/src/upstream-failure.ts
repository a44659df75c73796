/**
 * Prism, proxying, answers a request the upstream never answered with a 500 problem whose `type`
 * is `FetchError` and whose `title` holds the reason (`connect ECONNREFUSED ...`). The mock turns
 * that into a 502 that says so, since a 500 would read as the API failing.
 */
export function upstreamFailureReason(status: number, contentType: string | undefined, body: string): string | undefined {
  if (status !== 500 || !contentType?.includes('problem+json')) return undefined;
  try {
    const problem = JSON.parse(body) as { type?: unknown; title?: unknown };
    if (problem.type !== 'FetchError') return undefined;
    const title = typeof problem.title === 'string' ? problem.title : '';
    return /reason: (.*)$/.exec(title)?.[1] ?? (title || 'no answer');
  } catch {
    return undefined;
  }
}

/** The 502 problem the page gets instead. */
export function upstreamFailureBody(upstreamOrigin: string, reason: string): string {
  return JSON.stringify({
    type: 'about:blank',
    title: 'The upstream API does not answer',
    status: 502,
    detail: `leadway-mock could not reach ${upstreamOrigin}: ${reason}`,
  });
}
