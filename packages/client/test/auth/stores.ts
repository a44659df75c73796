import { createMemoryTokenStore, type OAuthTokens, type TokenStore } from '../../src/index.js';

/** A memory store that counts saves and can be told to fail them. */
export function countingStore(initial: OAuthTokens) {
  const inner = createMemoryTokenStore(initial);
  const saves: OAuthTokens[] = [];
  let failSaves = false;
  const store: TokenStore = {
    load: () => inner.load(),
    async save(tokens) {
      // A durable write takes time: the provider must wait for it.
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (failSaves) throw new Error('disk full');
      saves.push(tokens);
      await inner.save(tokens);
    },
  };
  return {
    store,
    saves,
    current: () => inner.current,
    failSaves: () => {
      failSaves = true;
    },
  };
}
