// Contract tests of the upload operations against the real Prism (request validation on). Prism 5.12
// validates multipart/form-data request bodies, so the multipart upload runs against Prism too: a form
// missing a required field or using the wrong file key is refused, which proves the check is real.
import { describe, expect, it } from 'vitest';
import { ApiError, NotFoundError, UnprocessableEntityError } from '../../src/index.js';
import { clientOn, expectSpecError, failureOf, mockUrl, spec, tamperingJson } from '../helpers/contract-kit.js';

const baseUrl = mockUrl();

const ids = { conversationId: 've9EPM428kjkvShlRW1KT', contactId: 'abc4EPM428kjkvShlRW1K', locationId: 'loc4EPM428kjkvShlRW1A' };
const pdf = { name: 'invoice.pdf', data: new TextEncoder().encode('%PDF-1.4 test'), type: 'application/pdf' };

/** A fetch that rewrites the multipart form before it leaves. */
function tamperingForm(change: (form: FormData) => FormData) {
  return async (request: Request) => {
    const form = change(await request.formData());
    const headers = new Headers(request.headers);
    headers.delete('content-type'); // the new body brings its own boundary
    return fetch(new Request(request.url, { method: request.method, headers, body: form }));
  };
}

describe('uploadAttachments: POST /conversations/messages/upload against Prism (multipart)', () => {
  const PATH = '/conversations/messages/upload';

  it('uploads one file, answer valid', async () => {
    const uploaded = await clientOn(baseUrl).uploads.upload({ ...ids, files: [pdf] });
    expect(Object.values(uploaded.uploadedFiles)[0]).toMatch(/^https:\/\//);
    expect(spec.validateResponse('POST', PATH, 200, uploaded).errors).toEqual([]);
  });

  it('uploads several files with URLs and the group-SMS flag', async () => {
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.png', { type: 'image/png' });
    const uploaded = await clientOn(baseUrl).uploads.upload({
      ...ids,
      files: [pdf, png],
      attachmentUrls: ['https://example.com/a.png'],
      chatServiceSid: 'IS0123456789abcdef',
      isGroupSms: false,
    });
    expect(spec.validateResponse('POST', PATH, 200, uploaded).errors).toEqual([]);
  });

  it('Prism refuses a form without locationId (the contract can fail)', async () => {
    const client = clientOn(
      baseUrl,
      tamperingForm((form) => {
        form.delete('locationId');
        return form;
      }),
    );
    await expect(client.uploads.upload({ ...ids, files: [pdf] })).rejects.toBeInstanceOf(UnprocessableEntityError);
  });

  it('Prism refuses files under another form key than fileAttachment', async () => {
    const client = clientOn(
      baseUrl,
      tamperingForm((form) => {
        const renamed = new FormData();
        for (const [key, value] of form) renamed.append(key === 'fileAttachment' ? 'file' : key, value);
        return renamed;
      }),
    );
    await expect(client.uploads.upload({ ...ids, files: [pdf] })).rejects.toBeInstanceOf(UnprocessableEntityError);
  });

  it.each([
    [413, 'File size exceeds'],
    [415, 'not supported'],
    [400, 'group SMS'],
  ])('the documented %i ({status, message} shape) is an ApiError quoting the message', async (status, text) => {
    const error = await failureOf(clientOn(baseUrl).uploads.upload({ ...ids, files: [pdf] }, { headers: { Prefer: `code=${status}` } }));
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(status);
    expect(e.message).toContain(text);
    expect(e.message).not.toContain('unexpected error body'); // the {status, message} shape is read, not dumped
    expect(spec.validateResponse('POST', PATH, status, e.rawBody).errors).toEqual([]);
  });
});

describe('initiateUpload: POST /conversations/messages/upload/initiate against Prism', () => {
  const PATH = '/conversations/messages/upload/initiate';
  const body = {
    locationId: ids.locationId,
    conversationId: ids.conversationId,
    filename: 'video.mp4',
    contentType: 'video/mp4',
    fileSize: 31457280,
    channel: 'WHATSAPP',
  };

  it('answers a signed URL, valid', async () => {
    const started = await clientOn(baseUrl).uploads.initiate(body);
    expect(started.uploadUrl).toMatch(/^https:\/\//);
    expect(spec.validateResponse('POST', PATH, 200, started).errors).toEqual([]);
  });

  it('the documented 413 is an ApiError with the upload error shape', async () => {
    const error = await failureOf(clientOn(baseUrl).uploads.initiate(body, { headers: { Prefer: 'code=413' } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(spec.validateResponse('POST', PATH, 413, (error as ApiError).rawBody).errors).toEqual([]);
  });

  it('Prism refuses a body without channel', async () => {
    const client = clientOn(
      baseUrl,
      tamperingJson((b) => delete b.channel),
    );
    const error = await failureOf(client.uploads.initiate(body));
    expectSpecError(error, UnprocessableEntityError, 'POST', PATH, 422);
  });
});

describe('completeUpload: POST /conversations/messages/upload/complete against Prism', () => {
  const PATH = '/conversations/messages/upload/complete';
  const body = {
    uploadId: 'up_7d2b4a599b1e3c2f',
    filePath: 'loc/up/video.mp4',
    locationId: ids.locationId,
    conversationId: ids.conversationId,
    filename: 'video.mp4',
  };

  it('answers the hosted URL, valid', async () => {
    const done = await clientOn(baseUrl).uploads.complete(body);
    expect(done.metadata.size).toBeGreaterThan(0);
    expect(spec.validateResponse('POST', PATH, 200, done).errors).toEqual([]);
  });

  it('the documented 404 (file missing or URL expired) is a NotFoundError', async () => {
    const error = await failureOf(clientOn(baseUrl).uploads.complete(body, { headers: { Prefer: 'code=404' } }));
    expectSpecError(error, NotFoundError, 'POST', PATH, 404);
  });
});
