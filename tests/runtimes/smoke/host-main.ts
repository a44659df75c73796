// The smoke program's entry on runtimes that run a script (Node, Bun, Deno): host the mock in this
// runtime (Prism in-process, started and stopped), run the client's capabilities against it (or
// against the host's mock when this runtime cannot host one), and print one line
// `SMOKE_RESULT {...}`. Input: the SmokeInput JSON as the first argument.
import process from 'node:process';
import { startMock } from '@leadway/mock';
import { clientCapabilities, type Outcome, type SmokeInput } from './capabilities.js';

const input = JSON.parse(process.argv[process.argv.length - 1]!) as SmokeInput;

let mockHosted: Outcome;
let baseUrl = input.mockUrl;
let stop: (() => Promise<void>) | undefined;
try {
  const mock = await startMock();
  stop = () => mock.close();
  const answer = await fetch(`${mock.url}/conversations/tDtDnQdgm2LXpyiqYvZ6`, {
    headers: { Authorization: 'Bearer smoke', Version: '2021-07-28' },
  });
  if (answer.status !== 200) throw new Error(`the hosted mock answered ${answer.status}`);
  await answer.arrayBuffer();
  baseUrl = mock.url;
  mockHosted = { status: 'pass' };
} catch (error) {
  mockHosted = { status: 'fail', note: `startMock() failed here: ${error instanceof Error ? error.message : String(error)}` };
}

const results = { ...(await clientCapabilities(baseUrl, input.webhook)), mockHosted };
if (stop) {
  try {
    await stop();
  } catch (error) {
    results.mockHosted = { status: 'fail', note: `close() failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
console.log(`SMOKE_RESULT ${JSON.stringify(results)}`);
// Bun and Deno keep a process alive on a handle Node would let go: the result is out, so leave.
process.exit(0);
