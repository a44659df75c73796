export { createOAuthTokenProvider, type OAuthTokenProvider, type OAuthTokenProviderOptions } from './oauth-token-provider.js';
export {
  createLocationTokenExchange,
  type CachedLocationToken,
  type LocationTokenCache,
  type LocationTokenExchange,
  type LocationTokenExchangeOptions,
} from './location-token-exchange.js';
export { exchangeAuthorizationCode, type AuthorizationCodeExchange } from './exchange-authorization-code.js';
export { createMemoryTokenStore, type ExclusiveRefresh, type OAuthTokens, type TokenStore } from './oauth-tokens.js';
export { isRefreshableTokenProvider, type RefreshableTokenProvider } from './refreshable-token-provider.js';
export { refreshOnUnauthorized } from './refresh-on-unauthorized.js';
