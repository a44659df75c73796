import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, runCli } from './helpers/run-cli.js';

describe('the leadway-mock command: options and errors', () => {
  it(
    '--verbose logs each request without its token',
    async () => {
      const run = runCli(['--port', '0', '--verbose']);
      try {
        const [, url] = await run.waitFor(/at (http:\/\/127\.0\.0\.1:\d+)/);
        const response = await fetch(`${url}/conversations/abc`, {
          headers: { Authorization: 'Bearer pit-very-secret-7', Version: '2021-07-28' },
        });
        await response.arrayBuffer();
        await run.waitFor(/GET \/conversations\/abc -> 200 \(\d+ ms\)/);
        // Prism's own request log line comes with it; it must show the header redacted.
        await run.waitFor(/Request received/);
        expect(run.output()).not.toContain('pit-very-secret-7');
      } finally {
        await run.stop();
      }
    },
    CLI_TIMEOUT_MS,
  );

  it(
    '--delay is announced',
    async () => {
      const run = runCli(['--port', '0', '--delay', '250ms']);
      try {
        await run.waitFor(/every answer waits 250 ms/);
      } finally {
        await run.stop();
      }
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'a bad --delay exits 2',
    async () => {
      const { code, out } = await runCli(['--port', '0', '--delay', 'soon']).exited;
      expect(code).toBe(2);
      expect(out).toContain('--delay expects a duration');
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'exits 1 with a clear message when the spec cannot be loaded',
    async () => {
      const { code, out } = await runCli(['--port', '0', '--spec', '/nonexistent/openapi.yaml']).exited;
      expect(code).toBe(1);
      expect(out).toContain('cannot load the spec at /nonexistent/openapi.yaml');
    },
    CLI_TIMEOUT_MS,
  );
});
