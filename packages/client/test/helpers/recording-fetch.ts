// A fetch injected per test: records every request and answers with what the test says.
// No global state, no patching of globalThis.fetch.
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export function recordingFetch(answer: (request: Request) => Response | Promise<Response>) {
  const requests: RecordedRequest[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    requests.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: request.body ? await request.clone().text() : '',
    });
    return answer(request);
  };
  return { fetch, requests };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A token that looks real, so tests can prove it never leaks. */
export const SECRET_TOKEN = 'pit-fake7e57-0b7d-4d6e-9f3a-2c1b0a9e8d7f';
