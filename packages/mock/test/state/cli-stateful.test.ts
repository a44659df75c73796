import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, runCli } from '../helpers/run-cli.js';
import { LOCATION, searchPath, statefulApi } from '../helpers/stateful-api.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mock-cli-state-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('leadway-mock --stateful', () => {
  it(
    'answers back what was created, and says it is stateful',
    async () => {
      const run = runCli(['--port', '0', '--stateful', '--no-watch']);
      try {
        const [, url] = await run.waitFor(/at (http:\/\/127\.0\.0\.1:\d+)/);
        await run.waitFor(/stateful: what you create, send, update or delete is answered back/);
        const api = statefulApi(url!, 'cli');
        expect((await api('POST', '/conversations/', { locationId: LOCATION, contactId: 'cliContact' })).status).toBe(201);
        expect((await api('GET', searchPath({ contactId: 'cliContact' }))).body.total).toBe(1);
      } finally {
        await run.stop();
      }
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'refuses a bad seed file (exit 1, the file, path and rule), and a seed file without --stateful (exit 2)',
    async () => {
      const seed = join(dir, 'seed.json');
      await writeFile(seed, JSON.stringify({ conversations: [{ id: 'c1', contactId: 'k1' }] }));
      const bad = await runCli(['--port', '0', '--stateful', '--seed-file', seed]).exited;
      expect(bad.code).toBe(1);
      expect(bad.out).toContain(`seed file ${seed}: $.conversations[0]: must have required property 'locationId'`);
      const alone = await runCli(['--port', '0', '--seed-file', seed]).exited;
      expect(alone.code).toBe(2);
      expect(alone.out).toContain('seedFile needs the stateful mode');
    },
    CLI_TIMEOUT_MS,
  );
});
