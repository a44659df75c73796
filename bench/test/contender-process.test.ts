// The wrapper-cost bench runs each contender in a process of its own: the child must really call
// (calls counted, CPU measured in the child), answer every measurement, and end when stopped; a
// contender it does not know must fail the start with a clear error, not hang the bench.
import { describe, expect, it } from 'vitest';
import { startContenderProcess } from '../src/overhead/contender-process.js';

describe('wrapper-cost contender process', () => {
  it('measures the named contender in its own process, once per request, and stops', async () => {
    const contender = await startContenderProcess('openapi-fetch');
    try {
      const first = await contender.measure(50);
      const second = await contender.measure(50);
      for (const sample of [first, second]) {
        expect(sample.calls).toBeGreaterThan(0);
        expect(sample.rps).toBeGreaterThan(0);
        expect(sample.cpuUsPerCall).toBeGreaterThan(0);
      }
    } finally {
      await contender.stop();
    }
    // Stopping twice is harmless: the child is gone.
    await contender.stop();
    // A child's start (it loads every contender, the official SDK's axios included) is slow on a busy machine.
  }, 60_000);

  it('refuses a contender it does not know, naming the failure', async () => {
    await expect(startContenderProcess('no such contender')).rejects.toThrow(/exited with 2 before its ready/);
  });
});
