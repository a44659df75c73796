// The process one wrapper-cost contender runs in (see contender-process.ts): it builds the contender
// on the in-memory fetch named by its first argument, warms it up, says `ready`, then answers each
// `measure` message with a sample. It ends when the parent disconnects.
import { WRAPPER_CONTENDERS } from './contenders.js';
import { measureCalls } from './measure-calls.js';

export interface MeasureMessage {
  type: 'measure';
  /** @unit milliseconds */
  durationMs: number;
}

const name = process.argv[2];
const contender = WRAPPER_CONTENDERS.map((make) => make({ baseUrl: 'http://127.0.0.1:9', inMemory: true })).find((c) => c.name === name);
if (contender === undefined) {
  console.error(`wrapper-child: no contender named ${JSON.stringify(name)}`);
  process.exit(2);
}
// Warm-up: the JIT settles on this contender's code alone, as in an app that uses one client.
await measureCalls(contender, 1, 300);
process.on('message', (message: MeasureMessage) => {
  if (message.type !== 'measure') return;
  measureCalls(contender, 1, message.durationMs).then(
    (sample) => process.send?.({ type: 'sample', sample }),
    (error: unknown) => process.send?.({ type: 'failed', message: String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready' });
