// Contract tests of the token endpoints: the client's OAuth code against the real Prism serving the
// bundled spec, request validation on (a form Prism refuses is a form the spec does not allow), and
// every answer checked against the spec's schema.
import { createSpecValidator } from '@leadway/spec/validator';
import { describe, expect, it } from 'vitest';
import {
  createLocationTokenExchange,
  createMemoryTokenStore,
  createOAuthTokenProvider,
  exchangeAuthorizationCode,
  TokenRefreshError,
} from '../../src/index.js';
import { resolveToken } from '../../src/transport/token-source.js';
import { mockUrl } from '../helpers/contract-kit.js';

const spec = createSpecValidator();
const baseUrl = mockUrl();

const CLIENT_ID = 'app-64f0c2a1b2c3d4e5';
const CLIENT_SECRET = 'cs-9f8e7d6c-5b4a-4321-8fed-cba987654321';
const REFRESH_TOKEN = 'rt-0b7d4d6e9f3a2c1b0a9e8d7f';

interface Exchange {
  request: { method: string; path: string; headers: Headers; form: URLSearchParams };
  status: number;
  body: unknown;
}

/** A fetch to Prism that records what went and came back, and may change the request on its way. */
function recordingFetch(change?: (headers: Headers, form: URLSearchParams) => void) {
  const exchanges: Exchange[] = [];
  const fetchFn = async (request: Request) => {
    const headers = new Headers(request.headers);
    const form = new URLSearchParams(await request.text());
    change?.(headers, form);
    const response = await fetch(new Request(request.url, { method: request.method, headers, body: form.toString() }));
    const text = await response.clone().text();
    exchanges.push({
      request: { method: request.method, path: new URL(request.url).pathname, headers, form },
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
    });
    return response;
  };
  return { fetch: fetchFn, exchanges };
}

function expiredStore() {
  return createMemoryTokenStore({ accessToken: 'at-expired-0000', refreshToken: REFRESH_TOKEN, expiresAt: Date.now() - 1_000 });
}

describe('getAccessToken: POST /oauth/token against Prism', () => {
  it('a refresh sends a spec-valid form and gets a spec-valid answer, stored before use', async () => {
    const recorder = recordingFetch();
    const store = expiredStore();
    const provider = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store, baseUrl, fetch: recorder.fetch });
    const token = await resolveToken(provider);

    const [exchange] = recorder.exchanges;
    expect(exchange!.request.path).toBe('/oauth/token');
    expect(exchange!.request.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(exchange!.request.form)).toEqual({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      grant_type: 'refresh_token',
      refresh_token: REFRESH_TOKEN,
      user_type: 'Location',
    });
    expect(exchange!.status).toBe(200);
    expect(spec.validateResponse('POST', '/oauth/token', 200, exchange!.body).errors).toEqual([]);
    const answer = exchange!.body as { access_token: string; refresh_token: string };
    expect(token).toBe(answer.access_token);
    expect(store.current).toMatchObject({ accessToken: answer.access_token, refreshToken: answer.refresh_token });
  });

  it('serves the agency example, valid too', async () => {
    const recorder = recordingFetch((headers) => headers.set('Prefer', 'example=agency'));
    const provider = createOAuthTokenProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      store: expiredStore(),
      baseUrl,
      fetch: recorder.fetch,
      userType: 'Company',
    });
    await resolveToken(provider);
    expect(recorder.exchanges[0]!.request.form.get('user_type')).toBe('Company');
    expect(spec.validateResponse('POST', '/oauth/token', 200, recorder.exchanges[0]!.body).errors).toEqual([]);
  });

  it('the authorization-code grant sends a spec-valid form', async () => {
    const recorder = recordingFetch();
    const tokens = await exchangeAuthorizationCode({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      code: 'code-7f3a2c1b0a9e',
      redirectUri: 'https://app.example.com/oauth/callback',
      baseUrl,
      fetch: recorder.fetch,
    });
    expect(recorder.exchanges[0]!.request.form.get('grant_type')).toBe('authorization_code');
    expect(recorder.exchanges[0]!.status).toBe(200);
    expect(tokens.accessToken).toEqual(expect.any(String));
    expect(tokens.expiresAt).toBeGreaterThan(Date.now());
  });

  it.each([
    [400, 'invalid_grant'],
    [401, undefined],
    [422, undefined],
  ] as const)('a documented %i is a final TokenRefreshError with a spec-valid body', async (status, oauthError) => {
    const recorder = recordingFetch((headers) => headers.set('Prefer', `code=${status}`));
    const provider = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: expiredStore(), baseUrl, fetch: recorder.fetch });
    const error = await resolveToken(provider).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRefreshError);
    expect(error).toMatchObject({ status, oauthError, final: true, operation: 'getAccessToken' });
    expect(spec.validateResponse('POST', '/oauth/token', status, recorder.exchanges[0]!.body).errors).toEqual([]);
    expect(JSON.stringify(error)).not.toContain(CLIENT_SECRET);
    expect(recorder.exchanges).toHaveLength(1);
  });

  it('a 503 is a TokenRefreshError that is not final', async () => {
    const recorder = recordingFetch((headers) => headers.set('Prefer', 'code=503'));
    const provider = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: expiredStore(), baseUrl, fetch: recorder.fetch });
    await expect(resolveToken(provider)).rejects.toMatchObject({ status: 503, final: false });
  });

  it('Prism refuses a form without client_secret (the contract can fail)', async () => {
    const recorder = recordingFetch((_, form) => form.delete('client_secret'));
    const provider = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: expiredStore(), baseUrl, fetch: recorder.fetch });
    await expect(resolveToken(provider)).rejects.toMatchObject({ kind: 'token_refresh', status: 422 });
  });

  it('Prism refuses an unknown grant_type', async () => {
    const recorder = recordingFetch((_, form) => form.set('grant_type', 'password'));
    const provider = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: expiredStore(), baseUrl, fetch: recorder.fetch });
    await expect(resolveToken(provider)).rejects.toMatchObject({ status: 422 });
  });
});

describe('getLocationAccessToken: POST /oauth/locationToken against Prism', () => {
  const AGENCY_TOKEN = 'at-agency-5ec2e7a1-0b7d-4d6e';

  it('sends the agency token, Version and a spec-valid form, and gets a spec-valid answer', async () => {
    const recorder = recordingFetch();
    const exchange = createLocationTokenExchange({ agencyToken: AGENCY_TOKEN, companyId: '5DP4iH6HLkQsiKESj6rh', baseUrl, fetch: recorder.fetch });
    const token = await resolveToken(exchange.forLocation('ve9EPM428kjkvShlRW1KT'));

    const [sent] = recorder.exchanges;
    expect(sent!.request.path).toBe('/oauth/locationToken');
    expect(sent!.request.headers.get('authorization')).toBe(`Bearer ${AGENCY_TOKEN}`);
    expect(sent!.request.headers.get('version')).toBe('2021-07-28');
    expect(Object.fromEntries(sent!.request.form)).toEqual({ companyId: '5DP4iH6HLkQsiKESj6rh', locationId: 've9EPM428kjkvShlRW1KT' });
    expect(sent!.status).toBe(200);
    expect(spec.validateResponse('POST', '/oauth/locationToken', 200, sent!.body).errors).toEqual([]);
    expect(token).toBe((sent!.body as { access_token: string }).access_token);
  });

  it('Prism refuses the exchange without a bearer token with a typed, spec-valid 401', async () => {
    const recorder = recordingFetch((headers) => headers.delete('Authorization'));
    const exchange = createLocationTokenExchange({ agencyToken: AGENCY_TOKEN, companyId: 'c1', baseUrl, fetch: recorder.fetch });
    const error = await resolveToken(exchange.forLocation('l1')).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', status: 401, operation: 'getLocationAccessToken' });
    expect(spec.validateResponse('POST', '/oauth/locationToken', 401, recorder.exchanges[0]!.body).errors).toEqual([]);
  });

  it('Prism refuses the exchange without the Version header', async () => {
    const recorder = recordingFetch((headers) => headers.delete('Version'));
    const exchange = createLocationTokenExchange({ agencyToken: AGENCY_TOKEN, companyId: 'c1', baseUrl, fetch: recorder.fetch });
    await expect(resolveToken(exchange.forLocation('l1'))).rejects.toMatchObject({ status: 422 });
  });

  it('Prism refuses a form without locationId', async () => {
    const recorder = recordingFetch((_, form) => form.delete('locationId'));
    const exchange = createLocationTokenExchange({ agencyToken: AGENCY_TOKEN, companyId: 'c1', baseUrl, fetch: recorder.fetch });
    await expect(resolveToken(exchange.forLocation('l1'))).rejects.toMatchObject({ status: 422 });
  });

  it.each([400, 403, 422, 429, 500])('a documented %i is a TokenRefreshError with a spec-valid body', async (status) => {
    const recorder = recordingFetch((headers) => headers.set('Prefer', `code=${status}`));
    const exchange = createLocationTokenExchange({ agencyToken: AGENCY_TOKEN, companyId: 'c1', baseUrl, fetch: recorder.fetch });
    const error = await resolveToken(exchange.forLocation('l1')).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', status });
    expect(spec.validateResponse('POST', '/oauth/locationToken', status, recorder.exchanges[0]!.body).errors).toEqual([]);
    expect(String(error)).not.toContain(AGENCY_TOKEN);
  });
});
