import type { TokenProvider } from '../transport/token-source.js';
import { refreshOnUnauthorized } from './refresh-on-unauthorized.js';
import { REFRESHABLE, type RefreshableTokenProvider } from './refreshable-token-provider.js';

/** What a provider brings of its own: everything but the brand and how it joins a client. */
export type RefreshableTokenProviderMethods = Omit<RefreshableTokenProvider, typeof REFRESHABLE | keyof TokenProvider | 'joinClient'>;

/**
 * Builds the provider function with its methods attached, branded so the client recognises it, and
 * able to join a client. The 401 refresh wiring lives here, beside the providers that need it, so an
 * app with a static token never bundles it.
 */
export function buildRefreshableTokenProvider(get: TokenProvider, methods: RefreshableTokenProviderMethods): RefreshableTokenProvider {
  const provider = ((context) => get(context)) as RefreshableTokenProvider;
  Object.defineProperty(provider, REFRESHABLE, { value: true });
  return Object.assign(provider, methods, {
    joinClient(transport, defaults) {
      methods.useClientDefaults(defaults);
      return refreshOnUnauthorized(transport, provider);
    },
  } satisfies Pick<RefreshableTokenProvider, 'joinClient'>);
}
