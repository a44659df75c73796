// The pacing store's ring of send times holds exactly what a plain array would, through growth and wrap-around.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SendTimes } from '../../src/transport/send-times.js';

describe('SendTimes', () => {
  it('matches an array with push and shift, whatever the order of sends and drops', () => {
    // Each step records a few sends one step of time apart, then drops the ones at or before a cut.
    const step = fc.record({ sends: fc.integer({ min: 0, max: 40 }), keep: fc.integer({ min: 0, max: 60 }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const ring = new SendTimes();
        const model: number[] = [];
        let now = 0;
        for (const { sends, keep } of steps) {
          for (let i = 0; i < sends; i++) {
            now += 1;
            ring.push(now);
            model.push(now);
          }
          ring.dropUntil(now - keep);
          while (model.length > 0 && model[0]! <= now - keep) model.shift();
          expect(ring.length).toBe(model.length);
          expect(Array.from({ length: ring.length }, (_, i) => ring.at(i))).toEqual(model);
        }
      }),
    );
  });
});
