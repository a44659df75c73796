import { MockStartError } from './errors.js';

/** How long the upstream may take to answer the first check. @unit milliseconds */
const UPSTREAM_CHECK_TIMEOUT_MS = 5000;

/**
 * Checks the upstream is an http(s) URL that answers at all (any status will do), so a typo or a
 * missing network shows at start rather than as failed requests later.
 * @throws MockStartError('BAD_OPTION' | 'UPSTREAM_UNREACHABLE')
 */
export async function checkUpstream(upstream: string): Promise<URL> {
  let url: URL;
  try {
    url = new URL(upstream);
  } catch {
    throw new MockStartError('BAD_OPTION', `--proxy expects an absolute http(s) URL, got "${upstream}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new MockStartError('BAD_OPTION', `--proxy expects an http(s) URL, got "${upstream}"`);
  }
  if (url.username || url.password) throw new MockStartError('BAD_OPTION', '--proxy must not carry credentials in the URL');
  try {
    // Any answer will do, a redirect included: it is not followed (see upstream-forwarder.ts).
    const response = await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(UPSTREAM_CHECK_TIMEOUT_MS) });
    await response.arrayBuffer();
  } catch (cause) {
    const reason = (cause as { cause?: { code?: string } }).cause?.code ?? (cause as Error).name;
    throw new MockStartError('UPSTREAM_UNREACHABLE', `the upstream ${url.origin} does not answer (${reason}): check the URL and the network`, { cause });
  }
  return url;
}
