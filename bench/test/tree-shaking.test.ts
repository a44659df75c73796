// A standalone function carries only the helpers it uses: bundled for the browser (esbuild, as an
// app's build would: BROWSER_APP_BUILD, as the size budget measures), an app calling getConversation holds no paginator, multipart, download,
// envelope or outcome code, while the functions that use each helper do hold it (so the markers
// below are really in those helpers); and of the keyword checks its input rules are compiled to
// (src/operations/rule-checks.ts), only those of its own rules. Deterministic: no timing.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BROWSER_APP_BUILD } from '../src/bundle/measure-bundle.js';

/** A text each helper's minified code keeps (one of its error messages or option names). */
const MARKERS = {
  paginator: 'maxPages',
  multipart: 'a file needs a name',
  download: 'content-disposition',
  envelope: 'wrapped or not',
  outcome: 'no numeric',
} as const;

/**
 * Texts of the query and body checks (check-operation-input.ts: unknown query keys; validate.ts's
 * `ownCopy`, which copies a query or body), which a function with path parameters alone leaves out.
 */
const QUERY_AND_BODY_MARKERS = ['is not a known parameter', 'a property getter or proxy threw'] as const;

/** Text of the check that a page holds its items array (`arrayAt`, given by read-page.ts or read-envelope.ts). */
const PAGE_MARKER = 'array holds an item that is not an object';

/** The keyword checks of src/operations/rule-checks.ts and format-checks.ts a rule can be made of. */
const KEYWORD_CHECKS = [
  'anything',
  'all',
  'type',
  'constant',
  'enumValues',
  'number',
  'length',
  'pattern',
  'array',
  'object',
  'dependentRequired',
  'anyOf',
  'oneOf',
  'not',
  'ifThen',
  'explained',
  'dateTime',
  'email',
  'uri',
] as const;

/** The app calling `call`, bundled and minified; `keepNames` keeps the identifiers (the rest is minified). */
async function bundleOf(call: string, keepNames = false): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import * as c from '@leadway/client';\nconst core = c.createLeadwayCore({ token: 't' });\nconsole.log(${call});`,
      resolveDir: new URL('.', import.meta.url).pathname,
      loader: 'ts',
    },
    ...BROWSER_APP_BUILD,
    // Identifiers kept where the test looks for a check by its name.
    ...(keepNames ? { minify: false, minifyWhitespace: true, minifySyntax: true } : {}),
  });
  return result.outputFiles[0]!.text;
}

const helpersIn = (code: string) =>
  Object.entries(MARKERS)
    .filter(([, marker]) => code.includes(marker))
    .map(([name]) => name);

/** The keyword checks a bundle defines (esbuild joins top-level declarations: `var all=...,type=...`). */
const keywordChecksIn = (code: string) => KEYWORD_CHECKS.filter((name) => new RegExp(`(?:^|[;,\\s]|var |let |const )${name}\\d*=(?![=>])`).test(code));

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

  it('getConversation alone (path parameters only) bundles none of the query and body checks', async () => {
    const code = await bundleOf(`await c.getConversation(core, 'x')`);
    expect(QUERY_AND_BODY_MARKERS.filter((marker) => code.includes(marker))).toEqual([]);
  });

  it.each([
    ['getMessages', `await c.getMessages(core, 'x')`],
    ['updateConversation', `await c.updateConversation(core, 'x', {} as never)`],
  ])('%s (a query or a body) bundles the query and body checks', async (_name, call) => {
    const code = await bundleOf(call);
    expect(QUERY_AND_BODY_MARKERS.filter((marker) => code.includes(marker))).toEqual(QUERY_AND_BODY_MARKERS);
  });

  it('getConversation alone bundles no page check; a list that pages does, with an envelope or without', async () => {
    expect(await bundleOf(`await c.getConversation(core, 'x')`)).not.toContain(PAGE_MARKER);
    expect(await bundleOf(`await c.searchConversations(core, {} as never)`)).toContain(PAGE_MARKER);
    expect(await bundleOf(`await c.getMessages(core, 'x')`)).toContain(PAGE_MARKER);
  });

  it('getConversation alone bundles only the keyword checks of its id rule: no object, enum, anyOf or if/then code', async () => {
    expect(keywordChecksIn(await bundleOf(`await c.getConversation(core, 'x')`, true))).toEqual(['all', 'type', 'length', 'pattern']);
  });

  it.each([
    ['sendMessage', `await c.sendMessage(core, {} as never)`, ['object', 'enumValues', 'constant', 'not', 'ifThen', 'explained', 'uri']],
    ['updateConversation', `await c.updateConversation(core, 'x', {} as never)`, ['object', 'enumValues', 'anyOf']],
  ])('%s bundles the keyword checks its body rules use', async (_name, call, checks) => {
    expect(keywordChecksIn(await bundleOf(call, true))).toEqual(expect.arrayContaining(checks));
  });
});
