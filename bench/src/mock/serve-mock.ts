// Entry point of a child process that runs startMock() from @leadway/mock on the port given, times
// startMock() and the first answered GET /conversations/{id} from inside, and reports both over IPC.
// Exits when the parent disconnects. A second argument `stateful` starts the stateful mode.
import { startMock } from '@leadway/mock';
import { CONVERSATION_PATH, MOCK_REQUEST_HEADERS } from './mock-request.js';

const port = Number(process.argv[2]);
const start = performance.now();
const mock = await startMock({ port, stateful: process.argv[3] === 'stateful' });
const startMockMs = performance.now() - start;
const response = await fetch(`${mock.url}${CONVERSATION_PATH}`, { headers: MOCK_REQUEST_HEADERS });
await response.arrayBuffer();
const firstAnswerMs = performance.now() - start;
process.send?.({ type: 'ready', startMockMs, firstAnswerMs, status: response.status });
process.on('disconnect', () => {
  void mock.close().then(() => process.exit(0));
});
