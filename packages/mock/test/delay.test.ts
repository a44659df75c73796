import { describe, expect, it } from 'vitest';
import { MockStartError, parseDelay, startMock } from '../src/index.js';
import { apiHeaders } from './helpers/local-server.js';

describe('artificial latency', () => {
  it('reads durations', () => {
    expect(parseDelay('300ms')).toBe(300);
    expect(parseDelay('1.5s')).toBe(1500);
    expect(parseDelay('250')).toBe(250);
    expect(parseDelay('0')).toBe(0);
    for (const bad of ['fast', '-5ms', '3m', '', '120s']) {
      expect(() => parseDelay(bad)).toThrow(MockStartError);
    }
  });

  // Not a speed assertion: it checks the answer is held back at least the asked time, which a
  // mock without the delay could not do.
  it('holds every answer back at least the given time', async () => {
    const mock = await startMock({ delayMs: 1500 });
    try {
      const started = performance.now();
      const response = await fetch(`${mock.url}/conversations/abc`, { headers: apiHeaders });
      expect(response.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(1490);
    } finally {
      await mock.close();
    }
  });

  it('answers preflights without the delay, and closes at once while a delayed answer waits', async () => {
    const mock = await startMock({ delayMs: 30_000 });
    // With the 30 s delay applied this would outlast the test's timeout.
    const preflight = await fetch(`${mock.url}/conversations/abc`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    const pending = fetch(`${mock.url}/conversations/abc`, { headers: apiHeaders }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await mock.close();
    expect(await pending).toBeInstanceOf(Error);
  });

  it('refuses a delay over a minute', async () => {
    await expect(startMock({ delayMs: 61_000 })).rejects.toMatchObject({ code: 'BAD_OPTION' });
  });
});
