// The multipart body of uploads.upload, read back with the web platform's own parser: field names,
// file names, content types and bytes, for every accepted kind of file input. Node 20, no server.
import { describe, expect, it } from 'vitest';
import { createLeadwayClient, InvalidInputError } from '../../src/index.js';
import { json, SECRET_TOKEN } from '../helpers/recording-fetch.js';

const ids = { conversationId: 'c1', contactId: 'k1', locationId: 'l1' };

function capturing() {
  const forms: FormData[] = [];
  const contentTypes: string[] = [];
  const fetch = async (request: Request) => {
    contentTypes.push(request.headers.get('content-type') ?? '');
    forms.push(await request.formData());
    return json(200, { uploadedFiles: { 'a.pdf': 'https://cdn.example.com/a.pdf' } });
  };
  return { forms, contentTypes, client: createLeadwayClient({ token: SECRET_TOKEN, fetch }) };
}

async function bytesOf(value: FormDataEntryValue): Promise<number[]> {
  return [...new Uint8Array(await (value as File).arrayBuffer())];
}

describe('uploads.upload builds one multipart form', () => {
  it('puts every file under fileAttachment with its name, type and bytes, and the ids as fields', async () => {
    const { client, forms, contentTypes } = capturing();
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'photo.png', { type: 'image/png' });
    await client.uploads.upload({
      ...ids,
      files: [
        file,
        { name: 'invoice.pdf', data: new Uint8Array([37, 80, 68, 70]), type: 'application/pdf' },
        { name: 'notes.txt', data: new TextEncoder().encode('hi').buffer as ArrayBuffer },
        { name: 'clip.mp3', data: new Blob([new Uint8Array([1, 2])], { type: 'audio/mpeg' }) },
      ],
    });
    expect(contentTypes[0]).toMatch(/^multipart\/form-data; boundary=/);
    const form = forms[0]!;
    expect([...new Set(form.keys())]).toEqual(['fileAttachment', 'conversationId', 'contactId', 'locationId']);
    const files = form.getAll('fileAttachment') as File[];
    expect(files.map((f) => f.name)).toEqual(['photo.png', 'invoice.pdf', 'notes.txt', 'clip.mp3']);
    expect(files.map((f) => f.type)).toEqual(['image/png', 'application/pdf', 'application/octet-stream', 'audio/mpeg']);
    expect(await bytesOf(files[0]!)).toEqual([137, 80, 78, 71]);
    expect(await bytesOf(files[1]!)).toEqual([37, 80, 68, 70]);
    expect(await bytesOf(files[2]!)).toEqual([104, 105]);
    expect(form.get('conversationId')).toBe('c1');
    expect(form.get('contactId')).toBe('k1');
    expect(form.get('locationId')).toBe('l1');
  });

  it('repeats attachmentUrls once per URL and sends the optional fields as strings', async () => {
    const { client, forms } = capturing();
    await client.uploads.upload({
      ...ids,
      files: [{ name: 'a.pdf', data: new Uint8Array([1]) }],
      attachmentUrls: ['https://x.test/1.png', 'https://x.test/2.png'],
      chatServiceSid: 'IS01',
      isGroupSms: true,
    });
    const form = forms[0]!;
    expect(form.getAll('attachmentUrls')).toEqual(['https://x.test/1.png', 'https://x.test/2.png']);
    expect(form.get('chatServiceSid')).toBe('IS01');
    expect(form.get('isGroupSms')).toBe('true');
  });

  it.each<[string, unknown, string]>([
    ['no files', [], 'files'],
    ['files not in a list', { name: 'a.pdf', data: new Uint8Array([1]) }, 'files'],
    ['a Blob without a name', [new Blob([new Uint8Array([1])])], 'files[0]'],
    ['a type the API refuses', [{ name: 'setup.exe', data: new Uint8Array([1]) }], 'files[0].name'],
    ['a name without extension', [{ name: 'README', data: new Uint8Array([1]) }], 'files[0].name'],
    ['a name with a quote', [{ name: 'a".pdf', data: new Uint8Array([1]) }], 'files[0].name'],
    ['data that is not bytes', [{ name: 'a.pdf', data: 'hello' }], 'files[0].data'],
  ])('refuses %s before sending', async (_label, files, field) => {
    const { client, forms } = capturing();
    const error = await client.uploads.upload({ ...ids, files: files as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe(field);
    expect(forms).toHaveLength(0);
  });

  it('refuses two files for a group SMS (it takes one) before sending', async () => {
    const { client, forms } = capturing();
    const two = [
      { name: 'a.pdf', data: new Uint8Array([1]) },
      { name: 'b.pdf', data: new Uint8Array([2]) },
    ];
    await expect(client.uploads.upload({ ...ids, files: two, isGroupSms: true })).rejects.toMatchObject({
      field: 'input.fileAttachment',
      message: expect.stringMatching(/a group SMS takes one file/),
    });
    expect(forms).toHaveLength(0);
  });

  it('accepts upper-case extensions', async () => {
    const { client, forms } = capturing();
    await client.uploads.upload({ ...ids, files: [{ name: 'SCAN.JPEG', data: new Uint8Array([1]) }] });
    expect((forms[0]!.get('fileAttachment') as File).name).toBe('SCAN.JPEG');
  });
});
