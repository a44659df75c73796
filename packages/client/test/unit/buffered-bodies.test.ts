// The bytes the transport read are kept with each answer, also when a custom fetch hands back a
// frozen Response, and nothing about them shows when the answer is printed or serialised.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createLeadwayClient } from '../../src/index.js';
import { bufferedBodies } from '../../src/transport/buffered-bodies.js';
import { json, SECRET_TOKEN } from '../helpers/recording-fetch.js';

describe('the bytes of an answer', () => {
  it('are read from a frozen Response too', async () => {
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch: async () => Object.freeze(json(200, { id: 'c1' })) });
    await expect(client.conversations.get('c1')).resolves.toEqual({ id: 'c1' });
  });

  it('leave no trace in what a caller prints or serialises of the answer', () => {
    const response = json(200, { id: 'c1' });
    const bytes = new TextEncoder().encode('{"id":"c1"}').buffer;
    bufferedBodies.set(response, bytes);
    expect(bufferedBodies.get(response)).toBe(bytes);
    expect(Object.keys(response)).toEqual([]);
    expect(JSON.stringify(response)).toBe('{}');
    expect(inspect(response)).not.toMatch(/buffered|ArrayBuffer/i);
  });
});
