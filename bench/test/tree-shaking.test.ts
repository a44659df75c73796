// A standalone function carries only the helpers it uses: bundled for the browser (esbuild, as an
// app's build would: BROWSER_APP_BUILD, as the size budget measures), an app calling getConversation holds no paginator, multipart, download,
// envelope or outcome code, while the functions that use each helper do hold it (so the markers
// below are really in those helpers). Deterministic: no timing.
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

async function bundleOf(call: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import * as c from '@leadway/client';\nconst core = c.createLeadwayCore({ token: 't' });\nconsole.log(${call});`,
      resolveDir: new URL('.', import.meta.url).pathname,
      loader: 'ts',
    },
    ...BROWSER_APP_BUILD,
  });
  return result.outputFiles[0]!.text;
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
