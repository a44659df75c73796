/** Where the inbox sends its requests, and the dev-only knobs read from the page's URL. */
export interface InboxSettings {
  /** API base URL: `?api=` or `VITE_LEADWAY_BASE_URL`. @default 'http://127.0.0.1:4010' (the mock) */
  baseUrl: string;
  /** Bearer token: `?token=` or `VITE_LEADWAY_TOKEN`. The mock takes any string. @default 'mock-token' */
  token: string;
  /** Location whose conversations are listed: `?location=`. @default the spec examples' location */
  locationId: string;
  /** Conversations per page: `?limit=` (1 to 100). @default 20 */
  pageSize: number;
  /**
   * Dev only: a `Prefer` header for the mock, to show a given answer (`code=429`,
   * `example=empty-inbox`): `?prefer=` for every request, or `?preferList=`, `?preferThread=`,
   * `?preferSend=` for one part of the page.
   */
  prefer: { list?: string; thread?: string; send?: string };
  /**
   * Dev only: the stateful mock's isolated store to use (`?mockStore=`), sent as the `x-mock-store`
   * header on every request, so several tabs or tests never see each other's data.
   */
  mockStore?: string;
}

export const MOCK_BASE_URL = 'http://127.0.0.1:4010';
/** The location of the spec's examples, so the list is not empty against the mock. */
export const EXAMPLE_LOCATION_ID = 've9EPM428kjkvShlRW1KT';

/** Reads the settings from the page's query string, then the build's env, then the defaults. */
export function readSettings(search: string, env: Record<string, string | undefined>): InboxSettings {
  const query = new URLSearchParams(search);
  const pick = (name: string) => query.get(name)?.trim() || undefined;
  const limit = Number(pick('limit') ?? 20);
  const everywhere = pick('prefer');
  const prefer: InboxSettings['prefer'] = {};
  const list = pick('preferList') ?? everywhere;
  const thread = pick('preferThread') ?? everywhere;
  const send = pick('preferSend') ?? everywhere;
  if (list) prefer.list = list;
  if (thread) prefer.thread = thread;
  if (send) prefer.send = send;
  return {
    baseUrl: pick('api') ?? env.VITE_LEADWAY_BASE_URL ?? MOCK_BASE_URL,
    token: pick('token') ?? env.VITE_LEADWAY_TOKEN ?? 'mock-token',
    locationId: pick('location') ?? EXAMPLE_LOCATION_ID,
    pageSize: Number.isInteger(limit) && limit >= 1 && limit <= 100 ? limit : 20,
    prefer,
    ...(pick('mockStore') ? { mockStore: pick('mockStore')! } : {}),
  };
}

/** Per-call options carrying the dev-only `Prefer` header, if one was asked for. */
export function preferHeaders(value: string | undefined): { headers?: Record<string, string> } {
  return value ? { headers: { Prefer: value } } : {};
}

/** The page's fetch, adding the stateful mock's `x-mock-store` header when a store was asked for. */
export function fetchForSettings(settings: InboxSettings): typeof fetch {
  const store = settings.mockStore;
  if (!store) return (input, init) => fetch(input, init);
  return (input, init) => {
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set('x-mock-store', store);
    return fetch(input, { ...init, headers });
  };
}
