import { describe, expect, it } from 'vitest';
import { channelLabel, contactLabel, formatDate } from '../src/format.js';
import { EXAMPLE_LOCATION_ID, MOCK_BASE_URL, preferHeaders, readSettings } from '../src/settings.js';

describe('inbox settings from the page URL', () => {
  it('defaults to the mock, the example location and 20 per page', () => {
    expect(readSettings('', {})).toEqual({
      baseUrl: MOCK_BASE_URL,
      token: 'mock-token',
      locationId: EXAMPLE_LOCATION_ID,
      pageSize: 20,
      prefer: {},
    });
  });

  it('takes the stateful mock store to use from ?mockStore=', () => {
    expect(readSettings('?mockStore=tab-1', {}).mockStore).toBe('tab-1');
    expect(readSettings('', {})).not.toHaveProperty('mockStore');
  });

  it('takes the query string over the build env', () => {
    const settings = readSettings('?api=http://127.0.0.1:9999&token=t1&location=L1&limit=5', {
      VITE_LEADWAY_BASE_URL: 'http://127.0.0.1:1111',
      VITE_LEADWAY_TOKEN: 'env-token',
    });
    expect(settings).toMatchObject({ baseUrl: 'http://127.0.0.1:9999', token: 't1', locationId: 'L1', pageSize: 5 });
    expect(readSettings('', { VITE_LEADWAY_BASE_URL: 'http://127.0.0.1:1111' }).baseUrl).toBe('http://127.0.0.1:1111');
  });

  it('scopes Prefer per part of the page, the specific one winning', () => {
    expect(readSettings('?prefer=code%3D429&preferThread=code%3D404', {}).prefer).toEqual({
      list: 'code=429',
      thread: 'code=404',
      send: 'code=429',
    });
    expect(preferHeaders('code=401')).toEqual({ headers: { Prefer: 'code=401' } });
    expect(preferHeaders(undefined)).toEqual({});
  });

  it('ignores a page size outside 1..100', () => {
    for (const limit of ['0', '101', '2.5', 'ten']) expect(readSettings(`?limit=${limit}`, {}).pageSize).toBe(20);
  });
});

describe('inbox formatting', () => {
  it('names documented channels and shows others as unknown', () => {
    expect(channelLabel('TYPE_PHONE')).toBe('Phone');
    expect(channelLabel('TYPE_WHATSAPP')).toBe('Unknown (TYPE_WHATSAPP)');
    expect(channelLabel(undefined)).toBe('Unknown channel');
  });

  it('falls back from name to company, email and phone', () => {
    const base = { id: 'c', contactId: 'k', locationId: 'l' };
    expect(contactLabel({ ...base, fullName: null, contactName: null, email: null, phone: '+1555' } as never)).toBe('+1555');
    expect(contactLabel({ ...base, companyName: 'Acme' } as never)).toBe('Acme');
    expect(contactLabel(base as never)).toBe('Unknown contact');
  });

  it('formats epoch milliseconds and ISO dates in UTC, and nothing for junk', () => {
    expect(formatDate(1732051200000)).toBe('Nov 19, 2024, 9:20 PM UTC');
    expect(formatDate('2024-11-19T21:20:00.000Z')).toBe('Nov 19, 2024, 9:20 PM UTC');
    expect(formatDate('not a date')).toBe('');
    expect(formatDate(null)).toBe('');
  });
});
