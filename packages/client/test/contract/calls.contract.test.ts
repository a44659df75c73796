// Contract tests of the call operations. The transcript (JSON) runs against the real Prism. The
// recording and the transcript download are binary answers, which Prism cannot serve faithfully (it
// answers a binary schema with a few generated characters, not audio bytes); those run against a
// local 127.0.0.1 server that serves the spec's shape (status, content type, bytes), and each request
// it receives is checked against the spec: path template, Version header, credentials, query values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MalformedResponseError, NotFoundError, UnprocessableEntityError } from '../../src/index.js';
import { type Answer, startBinaryServer } from '../helpers/binary-server.js';
import { clientOn, expectSpecError, failureOf, mockUrl, spec } from '../helpers/contract-kit.js';
import type { LoopbackServer, SeenRequest } from '../helpers/loopback-server.js';
import { SECRET_TOKEN } from '../helpers/recording-fetch.js';

const RECORDING = '/conversations/messages/{messageId}/locations/{locationId}/recording';
const TRANSCRIPT = '/conversations/locations/{locationId}/messages/{messageId}/transcription';
const DOWNLOAD = '/conversations/locations/{locationId}/messages/{messageId}/transcription/download';
const ref = { locationId: 'loc4EPM428kjkvShlRW1A', messageId: 've9EPM428kjkvShlRW1KT' };

// A 44-byte WAV header plus four samples: real audio bytes, not text.
const WAV = new Uint8Array([
  ...new TextEncoder().encode('RIFF'),
  52,
  0,
  0,
  0,
  ...new TextEncoder().encode('WAVEfmt '),
  16,
  0,
  0,
  0,
  1,
  0,
  1,
  0,
  0x40,
  0x1f,
  0,
  0,
  0x80,
  0x3e,
  0,
  0,
  2,
  0,
  16,
  0,
  ...new TextEncoder().encode('data'),
  8,
  0,
  0,
  0,
  0,
  0,
  0xff,
  0x7f,
  0,
  0x80,
  0xff,
  0xff,
]);

const doc = spec.doc as any;
const resolve = (node: any): any =>
  node?.$ref
    ? resolve(
        node.$ref
          .slice(2)
          .split('/')
          .reduce((n: any, k: string) => n[k.replace(/~1/g, '/')], doc),
      )
    : node;

/** Checks one received request against the spec's operation at `template`. Returns the path values. */
function expectSpecRequest(request: SeenRequest, method: string, template: string): Record<string, string> {
  const url = new URL(request.url, 'http://127.0.0.1');
  const names: string[] = [];
  const pattern = new RegExp(
    `^${template.replace(/\{(\w+)\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  const match = pattern.exec(url.pathname);
  expect(match, `${url.pathname} matches ${template}`).not.toBeNull();
  expect(request.method).toBe(method);
  const item = doc.paths[template];
  const operation = item[method.toLowerCase()];
  const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
  const version = parameters.find((p: any) => p.in === 'header' && p.name === 'Version');
  expect(version.schema.enum).toContain(request.headers.version);
  expect(request.headers.authorization).toBe(`Bearer ${SECRET_TOKEN}`);
  for (const [name, value] of url.searchParams) {
    const declared = parameters.find((p: any) => p.in === 'query' && p.name === name);
    expect(declared, `query ${name} is declared`).toBeDefined();
    if (declared.schema.enum) expect(declared.schema.enum.map(String)).toContain(value);
  }
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match![i + 1]!)]));
}

/** The body of the spec's first example of a shared error response (e.g. 'Unprocessable'). */
function specErrorExample(name: string): unknown {
  const examples = doc.components.responses[name].content['application/json'].examples;
  return resolve(Object.values<any>(examples)[0]).value;
}

/** The media type the spec declares first for an operation's 200. */
function declaredMediaType(template: string): string {
  return Object.keys(doc.paths[template].get.responses['200'].content)[0]!;
}

describe('getCallRecording: GET /conversations/messages/{messageId}/locations/{locationId}/recording (local server: binary audio)', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startBinaryServer((request): Answer => {
      if (new URL(request.url, 'http://x').pathname.includes('no-recording')) {
        return { status: 422, headers: { 'content-type': 'application/json' }, body: JSON.stringify(specErrorExample('Unprocessable')) };
      }
      return {
        status: 200,
        headers: { 'content-type': declaredMediaType(RECORDING), 'content-disposition': 'attachment; filename=ve9EPM428kjkvShlRW1KT.mp3' },
        body: WAV,
      };
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('downloads the audio bytes with their content type and file name; the request matches the spec', async () => {
    const recording = await clientOn(server.url).calls.getRecording({ ...ref, index: 1 });
    expect(new Uint8Array(recording.data)).toEqual(WAV);
    expect(recording.contentType).toBe('audio/x-wav');
    expect(recording.filename).toBe('ve9EPM428kjkvShlRW1KT.mp3');
    const request = server.requests.at(-1)!;
    expect(expectSpecRequest(request, 'GET', RECORDING)).toEqual({ messageId: ref.messageId, locationId: ref.locationId });
    expect(new URL(request.url, 'http://x').searchParams.get('index')).toBe('1');
  });

  it('sends no index when none is asked for', async () => {
    await clientOn(server.url).calls.getRecording(ref);
    const request = server.requests.at(-1)!;
    expectSpecRequest(request, 'GET', RECORDING);
    expect(request.url).not.toContain('index');
  });

  it('the observed 422 "no recording" is an UnprocessableEntityError with a spec-valid body', async () => {
    const error = await failureOf(clientOn(server.url).calls.getRecording({ ...ref, messageId: 'no-recording' }));
    expectSpecError(error, UnprocessableEntityError, 'GET', RECORDING, 422);
  });
});

describe('downloadCallTranscription: GET .../transcription/download (local server: a file answer)', () => {
  let server: LoopbackServer;
  const text = 'Speaker 1: Hello, thanks for calling Bright Dental.\n';
  beforeAll(async () => {
    server = await startBinaryServer(
      (request): Answer =>
        new URL(request.url, 'http://x').pathname.includes('missing')
          ? { status: 404, headers: { 'content-type': 'application/json' }, body: JSON.stringify(specErrorExample('NotFound')) }
          : {
              status: 200,
              headers: { 'content-type': declaredMediaType(DOWNLOAD), 'content-disposition': 'attachment; filename="transcription.txt"' },
              body: text,
            },
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('downloads the file bytes with their content type; the request matches the spec', async () => {
    const file = await clientOn(server.url).calls.downloadTranscription(ref);
    expect(new TextDecoder().decode(file.data)).toBe(text);
    expect(file.contentType).toBe('text/plain');
    expect(file.filename).toBe('transcription.txt');
    expect(expectSpecRequest(server.requests.at(-1)!, 'GET', DOWNLOAD)).toEqual(ref);
  });

  it('a 404 is a NotFoundError with a spec-valid body', async () => {
    const error = await failureOf(clientOn(server.url).calls.downloadTranscription({ ...ref, messageId: 'missing' }));
    expectSpecError(error, NotFoundError, 'GET', DOWNLOAD, 404);
  });
});

describe('getCallTranscription: GET /conversations/locations/{locationId}/messages/{messageId}/transcription against Prism', () => {
  it('answers the sentences as a list, valid against the spec', async () => {
    const sentences = await clientOn(mockUrl()).calls.getTranscription(ref);
    expect(sentences.length).toBeGreaterThan(1);
    expect(spec.validateResponse('GET', TRANSCRIPT, 200, sentences).errors).toEqual([]);
  });

  it('wraps the documented single-object shape in a list', async () => {
    const sentences = await clientOn(mockUrl()).calls.getTranscription(ref, { headers: { Prefer: 'example=documented' } });
    expect(sentences).toHaveLength(1);
    expect(spec.validateResponse('GET', TRANSCRIPT, 200, sentences[0]).errors).toEqual([]);
  });

  it('a documented 404 is a NotFoundError with a spec-valid body', async () => {
    const error = await failureOf(clientOn(mockUrl()).calls.getTranscription(ref, { headers: { Prefer: 'code=404' } }));
    expectSpecError(error, NotFoundError, 'GET', TRANSCRIPT, 404);
  });
});

describe('getCallRecording against Prism (why the local server)', () => {
  it('Prism does not serve audio bytes for the binary schema, so a faithful test needs the local server', async () => {
    const answer = await clientOn(mockUrl())
      .calls.getRecording(ref)
      .catch((e: unknown) => e);
    // Whatever Prism makes of it, it is not a WAV file.
    if (answer instanceof MalformedResponseError) return;
    const bytes = new Uint8Array((answer as { data: ArrayBuffer }).data);
    expect(new TextDecoder().decode(bytes.slice(0, 4))).not.toBe('RIFF');
  });
});
