import { apiHeaders } from './local-server.js';

/** The location of the spec's examples, the store's seed. */
export const LOCATION = 've9EPM428kjkvShlRW1KT';

/** A status, the parsed body and the headers. */
export interface StatefulAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads any field of the parsed answer.
  body: any;
  headers: Headers;
}

/** Calls a mock over real HTTP in one isolated store (`x-mock-store`), answering status and parsed body. */
export function statefulApi(baseUrl: string, store: string) {
  return async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<StatefulAnswer> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...apiHeaders, 'x-mock-store': store, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
}

/** A search of the seed's location with extra parameters. */
export function searchPath(params: Record<string, string> = {}): string {
  return `/conversations/search?${new URLSearchParams({ locationId: LOCATION, ...params })}`;
}
