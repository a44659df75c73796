// A standalone function carries only the helpers it uses: bundled for the browser (esbuild, as an
// app's build would), an app calling getConversation holds no paginator, multipart, download,
// envelope or outcome code, while the functions that use each helper do hold it (so the markers
// below are really in those helpers). Deterministic: no timing.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** A text each helper's minified code keeps (one of its error messages or option names). */
const MARKERS = {
  paginator: 'maxPages',
  multipart: 'a file needs a name',
  download: 'content-disposition',
  envelope: 'wrapped or not',
  outcome: 'no numeric',
} as const;

/** An app's bundle, built as an app's build would (esbuild, minified ESM for the browser). */
async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** An app that builds a core with `token` (source text) and logs `call`. */
function bundleOf(call: string, token = `'t'`): Promise<string> {
  return bundle(`import * as c from '@leadway/client';\nconst core = c.createLeadwayCore({ token: ${token} });\nconsole.log(${call});`);
}

const helpersIn = (code: string) =>
  Object.entries(MARKERS)
    .filter(([, marker]) => code.includes(marker))
    .map(([name]) => name);

describe('tree-shaking of the generated functions', () => {
  it('getConversation alone bundles none of the paginator, multipart, download, envelope or outcome helpers', async () => {
    expect(helpersIn(await bundleOf(`await c.getConversation(core, 'x')`))).toEqual([]);
  });

  it.each([
    ['getMessagesAll', `c.getMessagesAll(core, 'x')`, ['paginator', 'envelope']],
    ['uploadAttachments', `await c.uploadAttachments(core, {} as never)`, ['multipart']],
    ['getCallRecording', `await c.getCallRecording(core, {} as never)`, ['download']],
    ['cancelScheduledMessage', `await c.cancelScheduledMessage(core, 'x')`, ['outcome']],
  ])('%s bundles exactly the helpers it uses', async (_name, call, helpers) => {
    expect(helpersIn(await bundleOf(call))).toEqual(helpers);
  });
});

describe('tree-shaking of the token refresh after a 401', () => {
  /** A pattern of the 401 check (auth/token-rejection.ts), used only to refresh after a rejected token. */
  const REFRESH_MARKER = 'jwt (is )?expired';

  it('an app with a static token bundles none of it', async () => {
    expect((await bundleOf(`await c.getConversation(core, 'x')`)).includes(REFRESH_MARKER)).toBe(false);
  });

  it('an app with an OAuth provider bundles it (so the marker is really in that code)', async () => {
    expect((await bundleOf(`await c.getConversation(core, 'x')`, 'c.createOAuthTokenProvider({} as never)')).includes(REFRESH_MARKER)).toBe(true);
  });
});

describe('tree-shaking of the memory store option checks', () => {
  /** A message of createMemoryRateLimitStore's option checks, which the default pacing store skips. */
  const CHECK_MARKER = 'reserve must be from 0 to 0.5';

  it('an app with the default pacing bundles none of them', async () => {
    expect((await bundleOf(`await c.getConversation(core, 'x')`)).includes(CHECK_MARKER)).toBe(false);
  });

  it('an app that builds its own memory store bundles them', async () => {
    const app = await bundleOf(`c.createLeadwayCore({ token: 't', pacing: { store: c.createMemoryRateLimitStore({ max: 50 }) } })`);
    expect(app.includes(CHECK_MARKER)).toBe(true);
  });
});

describe('module-level values', () => {
  it('an app importing one default holds none of the others (no frozen object kept for its side effects)', async () => {
    const app = await bundle(`import { DEFAULT_TIMEOUT_MS } from '@leadway/client';\nconsole.log(DEFAULT_TIMEOUT_MS);`);
    // DEFAULT_RETRY's statuses: kept only if the module's top level is not seen as pure.
    expect(app.includes('408,429')).toBe(false);
  });
});
