export { type AuthorizationCodeExchange, exchangeAuthorizationCode } from './exchange-authorization-code.js';
export {
  type CachedLocationToken,
  createLocationTokenExchange,
  type LocationTokenCache,
  type LocationTokenExchange,
  type LocationTokenExchangeOptions,
} from './location-token-exchange.js';
export { createOAuthTokenProvider, type OAuthTokenProvider, type OAuthTokenProviderOptions } from './oauth-token-provider.js';
export { createMemoryTokenStore, type ExclusiveRefresh, type OAuthTokens, type TokenStore } from './oauth-tokens.js';
export { refreshOnUnauthorized } from './refresh-on-unauthorized.js';
export { isRefreshableTokenProvider, type RefreshableTokenProvider } from './refreshable-token-provider.js';
