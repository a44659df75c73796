// The blanking helpers every error uses: secrets go before anything is cut, partial secrets at the
// end of an excerpt go too, parsed bodies are blanked at any depth, and causes are copied, not kept.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redactThenCut, redactValue, safeCause } from '../../src/redact.js';

const SECRET = 'rt-7Qm2Xc9Lp4Vb8Nz1Kd6Hs3Jf5Gw0Ty';

describe('redactThenCut', () => {
  it('blanks a secret that straddles the cut instead of leaving its start', () => {
    const text = `${'x'.repeat(190)}${SECRET}`;
    const out = redactThenCut(text, [SECRET], 200);
    expect(out).toBe(`${'x'.repeat(190)}[redacted]`);
    expect(out).not.toContain(SECRET.slice(0, 5));
  });

  it('blanks the end of a text that stops inside a secret', () => {
    expect(redactThenCut(`token ${SECRET.slice(0, 12)}`, [SECRET], 200)).toBe('token [redacted]');
  });

  it('leaves text without secrets as it is, only cut', () => {
    expect(redactThenCut('a'.repeat(300), [SECRET], 200)).toBe('a'.repeat(200));
  });
});

describe('redactValue', () => {
  it('blanks secrets in strings and keys at any depth, and does not keep what it cannot walk', () => {
    let deep: unknown = { leaf: SECRET };
    for (let i = 0; i < 100; i++) deep = { next: deep };
    const body = { message: `bad ${SECRET}`, list: [SECRET], [SECRET]: 1, deep };
    expect(JSON.stringify(redactValue(body, [SECRET]))).not.toContain(SECRET);
  });
});

describe('safeCause', () => {
  it('keeps name, code and the blanked message of an error and its causes, never the original object', () => {
    const request = new Request('https://api.example.test/x', { headers: { Authorization: `Bearer ${SECRET}` } });
    const inner = Object.assign(new Error(`reset (${SECRET})`), { code: 'ECONNRESET', request });
    const outer = Object.assign(new TypeError('fetch failed', { cause: inner }), { request });
    const safe = safeCause(outer, [SECRET])!;
    expect(safe).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(safe.cause).toMatchObject({ code: 'ECONNRESET', message: 'reset ([redacted])' });
    expect(inspect(safe, { showHidden: true, depth: 10 })).not.toContain(SECRET);
    expect((safe as unknown as Record<string, unknown>).request).toBeUndefined();
  });
});
