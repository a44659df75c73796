// What a core leaves out of an app's bundle (esbuild, as an app's build would): the OAuth refresh
// after a 401 with a static token, the memory store's option checks with the default pacing, and the
// module-level values of a module the app takes one constant from. Each absence is checked beside an
// app that does use the code, so the marker is really in it. Deterministic: no timing.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BROWSER_APP_BUILD } from '../src/bundle/measure-bundle.js';

/** The minified bundle of an app whose source is `contents`. */
async function bundle(contents: string): Promise<string> {
  const result = await build({ stdin: { contents, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' }, ...BROWSER_APP_BUILD });
  return result.outputFiles[0]!.text;
}

/** An app that builds a core with `token` (source text) and calls getConversation once. */
const oneCallApp = (token: string) =>
  bundle(`import * as c from '@leadway/client';\nconst core = c.createLeadwayCore({ token: ${token} });\nconsole.log(await c.getConversation(core, 'x'));`);

describe('the token refresh after a 401', () => {
  /** A pattern of the 401 check (auth/token-rejection.ts), used only to refresh after a rejected token. */
  const REFRESH_MARKER = 'jwt (is )?expired';

  it('an app with a static token bundles none of it', async () => {
    expect((await oneCallApp(`'t'`)).includes(REFRESH_MARKER)).toBe(false);
  });

  it('an app with an OAuth provider bundles it', async () => {
    expect((await oneCallApp('c.createOAuthTokenProvider({} as never)')).includes(REFRESH_MARKER)).toBe(true);
  });
});

describe("the memory store's option checks", () => {
  /** A message of createMemoryRateLimitStore's option checks, which the default pacing store skips. */
  const CHECK_MARKER = 'reserve must be from 0 to 0.5';

  it('an app with the default pacing bundles none of them', async () => {
    expect((await oneCallApp(`'t'`)).includes(CHECK_MARKER)).toBe(false);
  });

  it('an app that builds its own memory store bundles them', async () => {
    const app = await bundle(
      `import * as c from '@leadway/client';\nconsole.log(c.createLeadwayCore({ token: 't', pacing: { store: c.createMemoryRateLimitStore({ max: 50 }) } }));`,
    );
    expect(app.includes(CHECK_MARKER)).toBe(true);
  });
});

describe('module-level values', () => {
  it('an app importing one default holds none of the others (no frozen object kept for its side effects)', async () => {
    const app = await bundle(`import { DEFAULT_TIMEOUT_MS } from '@leadway/client';\nconsole.log(DEFAULT_TIMEOUT_MS);`);
    // DEFAULT_RETRY's statuses: kept only if the module's top level is not seen as pure.
    expect(app.includes('408,429')).toBe(false);
  });

  it('an app using the retry policy holds it (so the marker is really in it)', async () => {
    const app = await bundle(`import { DEFAULT_RETRY } from '@leadway/client';\nconsole.log(DEFAULT_RETRY);`);
    expect(app.includes('408,429')).toBe(true);
  });
});
