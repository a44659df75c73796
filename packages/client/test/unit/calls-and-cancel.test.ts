// Result shaping of part-B operations, with an injected fetch: binary downloads keep their bytes and
// content type, transcripts are always lists, a cancel's failure inside a 200 is reported, and the
// no-body 200 of updateAttachments resolves.
import { describe, expect, it } from 'vitest';
import { createLeadwayClient, MalformedResponseError, UnprocessableEntityError } from '../../src/index.js';
import { downloadFilename, MAX_FILENAME_LENGTH, safeFilename } from '../../src/operations/download-filename.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

const ref = { locationId: 'l1', messageId: 'm1' };
const clientFor = (answer: (r: Request) => Response) => {
  const recorder = recordingFetch(answer);
  return { ...recorder, client: createLeadwayClient({ token: SECRET_TOKEN, fetch: recorder.fetch, retry: false }) };
};

describe('calls.getRecording', () => {
  it('returns the bytes unchanged with content type and file name, from the documented path', async () => {
    const bytes = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 255, 128, 7]);
    const { client, requests } = clientFor(
      () => new Response(bytes, { status: 200, headers: { 'content-type': 'audio/x-wav', 'content-disposition': 'attachment; filename=m1.mp3' } }),
    );
    const file = await client.calls.getRecording({ ...ref, index: 0 });
    expect([...new Uint8Array(file.data)]).toEqual([...bytes]);
    expect(file).toMatchObject({ contentType: 'audio/x-wav', filename: 'm1.mp3' });
    const url = new URL(requests[0]!.url);
    expect(url.pathname).toBe('/conversations/messages/m1/locations/l1/recording');
    expect(url.search).toBe('?index=0');
  });

  it('an empty 200 is a MalformedResponseError, not an empty recording', async () => {
    const { client } = clientFor(() => new Response(null, { status: 200, headers: { 'content-type': 'audio/x-wav', 'content-length': '0' } }));
    await expect(client.calls.getRecording(ref)).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it('the observed 422 "Message does not have recording" is an UnprocessableEntityError quoting it', async () => {
    const { client } = clientFor(() => json(422, { statusCode: 422, message: 'Message does not have recording' }));
    const error = await client.calls.getRecording(ref).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as Error).message).toContain('Message does not have recording');
  });
});

describe('calls.getTranscription', () => {
  const sentence = { mediaChannel: 1, sentenceIndex: 0, startTime: 0, endTime: 900, transcript: 'Hello', confidence: 0.9 };
  it('wraps the documented single object in a list', async () => {
    const { client } = clientFor(() => json(200, sentence));
    await expect(client.calls.getTranscription(ref)).resolves.toEqual([sentence]);
  });
  it('passes a list through', async () => {
    const { client } = clientFor(() => json(200, [sentence, { ...sentence, sentenceIndex: 1 }]));
    await expect(client.calls.getTranscription(ref)).resolves.toHaveLength(2);
  });
  it('refuses a body that is not a transcript', async () => {
    const { client } = clientFor(() => json(200, 'transcript'));
    await expect(client.calls.getTranscription(ref)).rejects.toBeInstanceOf(MalformedResponseError);
  });
});

describe('downloadFilename (Content-Disposition)', () => {
  it.each([
    ['attachment; filename=a.mp3', 'a.mp3'],
    ['attachment; filename="my call.mp3"', 'my call.mp3'],
    ['attachment; filename="fallback.mp3"; filename*=UTF-8\'\'r%C3%A9union.mp3', 'réunion.mp3'],
    ["attachment; filename*=UTF-8''%E0%A4%A.mp3; filename=plain.mp3", 'plain.mp3'],
    ["attachment; FILENAME*=iso-8859-1'en'caf%E9.txt", 'café.txt'],
    ['attachment; filename="say \\"hi\\".txt"', 'say _hi_.txt'],
    ['attachment; foo="; filename=evil.sh"; filename=good.mp3', 'good.mp3'],
    ['inline', undefined],
    [null, undefined],
  ])('%s → %s', (header, name) => {
    expect(downloadFilename(header, 'fallback.bin')).toBe(name);
  });
});

describe('downloadFilename: a hostile server name becomes a bare, safe one (issue #14 item 13)', () => {
  it.each([
    ['attachment; filename="../../.ssh/authorized_keys"', 'authorized_keys'],
    ['attachment; filename="..\\..\\Windows\\System32\\evil.dll"', 'evil.dll'],
    ["attachment; filename*=UTF-8''..%2F..%2F.ssh%2Fauthorized_keys", 'authorized_keys'],
    ["attachment; filename*=UTF-8''..%5C..%5Cboot.ini", 'boot.ini'],
    ['attachment; filename="/etc/passwd"', 'passwd'],
    ['attachment; filename=".bashrc"', 'bashrc'],
    ['attachment; filename=".."', 'fallback.bin'],
    ['attachment; filename="../"', 'fallback.bin'],
    ['attachment; filename="   "', 'fallback.bin'],
    ["attachment; filename*=UTF-8''%00%01%1F", 'fallback.bin'],
    ["attachment; filename*=UTF-8''a%0Ab%0D.mp3", 'ab.mp3'],
    ["attachment; filename*=UTF-8''invoice%E2%80%AEfdp.exe", 'invoicefdp.exe'],
    ['attachment; filename="CON"', '_CON'],
    ['attachment; filename="nul.txt"', '_nul.txt'],
    ['attachment; filename="com1.mp3"', '_com1.mp3'],
    ['attachment; filename="a<b>c:d|e?f*.mp3"', 'a_b_c_d_e_f_.mp3'],
    ['attachment; filename="file.mp3. . "', 'file.mp3'],
  ])('%s → %s', (header, name) => {
    expect(downloadFilename(header, 'fallback.bin')).toBe(name);
  });

  it('keeps names within the length limit, with their extension', () => {
    const name = downloadFilename(`attachment; filename="${'a'.repeat(5_000)}.mp3"`, 'x')!;
    expect(name.length).toBe(MAX_FILENAME_LENGTH);
    expect(name.endsWith('.mp3')).toBe(true);
  });

  it('drops lone surrogates and keeps pairs', () => {
    expect(safeFilename('a\ud800b\udc00c😀.txt')).toBe('abc😀.txt');
  });

  it('getRecording and downloadTranscription return the safe name, or their fallback', async () => {
    const answer = (disposition: string) => () =>
      new Response(new Uint8Array([1]), { status: 200, headers: { 'content-type': 'audio/x-wav', 'content-disposition': disposition } });
    const a = clientFor(answer('attachment; filename="../../.ssh/authorized_keys"'));
    expect((await a.client.calls.getRecording(ref)).filename).toBe('authorized_keys');
    const b = clientFor(answer('attachment; filename="../.."'));
    expect((await b.client.calls.getRecording(ref)).filename).toBe('recording.mp3');
    const c = clientFor(answer("attachment; filename*=UTF-8''..%2F..%2Fx.txt"));
    expect((await c.client.calls.downloadTranscription(ref)).filename).toBe('x.txt');
    const d = clientFor(answer('attachment; filename=".."'));
    expect((await d.client.calls.downloadTranscription(ref)).filename).toBe('transcription.txt');
  });
});

describe('messages.cancelScheduled / cancelScheduledEmail', () => {
  it('a 2xx status in the body is cancelled', async () => {
    const { client, requests } = clientFor(() => json(200, { status: 200, message: 'done' }));
    await expect(client.messages.cancelScheduled('m1')).resolves.toEqual({ cancelled: true, status: 200, message: 'done', traceId: undefined });
    expect(requests[0]!.method).toBe('DELETE');
    expect(new URL(requests[0]!.url).pathname).toBe('/conversations/messages/m1/schedule');
  });

  it('a failure status inside a 200 (#23) is cancelled: false, never a silent success', async () => {
    const { client, requests } = clientFor(() => json(200, { status: 404, message: 'Scheduled email not found', traceId: 't-1' }));
    await expect(client.messages.cancelScheduledEmail('e1')).resolves.toEqual({
      cancelled: false,
      status: 404,
      message: 'Scheduled email not found',
      traceId: 't-1',
    });
    expect(new URL(requests[0]!.url).pathname).toBe('/conversations/messages/email/e1/schedule');
  });

  it('a 200 without a numeric status is a MalformedResponseError', async () => {
    const { client } = clientFor(() => json(200, { message: 'ok' }));
    await expect(client.messages.cancelScheduled('m1')).rejects.toBeInstanceOf(MalformedResponseError);
  });
});

describe('messages.updateAttachments', () => {
  it('resolves on the no-body 200 and sends the URLs as { attachments }', async () => {
    const { client, requests } = clientFor(() => new Response(null, { status: 200 }));
    await expect(client.messages.updateAttachments('m1', ['https://x.test/a.mp3'])).resolves.toBeUndefined();
    expect(requests[0]!.method).toBe('PUT');
    expect(JSON.parse(requests[0]!.body)).toEqual({ attachments: ['https://x.test/a.mp3'] });
  });
});

describe('messages.addInbound', () => {
  it('an empty 201 (observed when the message was not stored, #17) is a MalformedResponseError, not a success', async () => {
    const { client, requests } = clientFor(() => new Response(null, { status: 201 }));
    const error = await client.messages
      .addInbound({ type: 'Custom', conversationId: 'c1', contactId: 'k1', conversationProviderId: 'p1', message: 'hi' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(requests).toHaveLength(1);
  });
});
