import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalOrigin, type RunningMock, startMock } from '../src/index.js';
import { apiHeaders } from './helpers/local-server.js';

describe('CORS', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ corsOrigins: ['https://inbox.example.test'] });
  });
  afterAll(() => mock.close());

  const preflight = (origin: string) =>
    fetch(`${mock.url}/conversations/abc`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization, version, prefer, content-type',
      },
    });

  it('answers a preflight from a page on another local port with 204 and the asked headers', async () => {
    const response = await preflight('http://localhost:5173');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const header of ['authorization', 'version', 'prefer', 'content-type']) expect(allowed).toContain(header);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('allows the real request and exposes its headers (Retry-After, rate limits)', async () => {
    const response = await fetch(`${mock.url}/conversations/abc`, {
      headers: { ...apiHeaders, Origin: 'http://127.0.0.1:4173', Prefer: 'code=429' },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173');
    const exposed = response.headers.get('access-control-expose-headers')!.toLowerCase();
    expect(exposed).toContain('retry-after');
    expect(exposed).toContain('x-ratelimit-remaining');
  });

  it('allows an extra origin given in the options', async () => {
    expect((await preflight('https://inbox.example.test')).status).toBe(204);
  });

  it('refuses a preflight from a remote origin, with no allow header', async () => {
    const response = await preflight('https://evil.example.com');
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const real = await fetch(`${mock.url}/conversations/abc`, { headers: { ...apiHeaders, Origin: 'https://evil.example.com' } });
    expect(real.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('knows local origins', () => {
    expect(isLocalOrigin('http://localhost:5173')).toBe(true);
    expect(isLocalOrigin('http://app.localhost')).toBe(true);
    expect(isLocalOrigin('http://127.0.0.1:8080')).toBe(true);
    expect(isLocalOrigin('http://[::1]:3000')).toBe(true);
    expect(isLocalOrigin('http://localhost.evil.com')).toBe(false);
    expect(isLocalOrigin('http://127.0.0.1.evil.com')).toBe(false);
    expect(isLocalOrigin('null')).toBe(false);
    expect(isLocalOrigin('file:///tmp/x.html')).toBe(false);
  });
});
