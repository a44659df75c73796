// uploads.upload in a real browser (Debian's Chromium through playwright-core), to prove the
// multipart upload needs nothing but web-platform types (FormData, Blob, File): the client is bundled
// for the browser with esbuild, loaded from a page on 127.0.0.1, and
//  1. uploads to the real Prism (request validation on, CORS for local pages), answer checked against
//     the spec;
//  2. uploads to a local recording server, whose received multipart body is parsed here to check
//     the field names, file names, types and bytes the browser sent.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type LaunchedChromium, launchChromium } from '@leadway/test-servers/chromium';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockUrl, spec } from '../helpers/contract-kit.js';
import { SECRET_TOKEN } from '../helpers/recording-fetch.js';

const PATH = '/conversations/messages/upload';

interface Received {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: Server;
let origin: string;
let browser: LaunchedChromium;
let page: Page;
const received: Received[] = [];

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../../src/index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const clientJs = bundle.outputFiles[0]!.text;
  // One local server: the page and the bundle, plus a recording endpoint that answers uploads.
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><script type="module">import * as leadway from "/client.js"; window.leadway = leadway; window.ready = true;</script>');
      } else if (path === '/client.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(clientJs);
      } else {
        received.push({ method: req.method ?? '', path, headers: req.headers, body: Buffer.concat(chunks) });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ uploadedFiles: { 'a.pdf': 'https://cdn.example.com/a.pdf' } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium({ name: 'upload' });
  page = await browser.context.newPage();
  await page.goto(origin);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** Runs uploads.upload inside the page against `baseUrl`, with a File, a named Blob and bytes. */
function uploadInPage(baseUrl: string) {
  return page.evaluate(
    async ({ baseUrl, token }) => {
      const { createLeadwayClient } = (window as unknown as { leadway: typeof import('../../src/index.js') }).leadway;
      const client = createLeadwayClient({ token, baseUrl, retry: false });
      return client.uploads.upload({
        conversationId: 've9EPM428kjkvShlRW1KT',
        contactId: 'abc4EPM428kjkvShlRW1K',
        locationId: 'loc4EPM428kjkvShlRW1A',
        files: [
          new File([new Uint8Array([37, 80, 68, 70])], 'invoice.pdf', { type: 'application/pdf' }),
          { name: 'photo.png', data: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }) },
          { name: 'notes.txt', data: new TextEncoder().encode('hi') },
        ],
        attachmentUrls: ['https://example.com/a.png'],
      });
    },
    { baseUrl, token: SECRET_TOKEN },
  );
}

describe('uploadAttachments in Chromium: POST /conversations/messages/upload from a browser page', () => {
  it('uploads to Prism (request validated), answer valid against the spec', async () => {
    const uploaded = await uploadInPage(mockUrl());
    expect(spec.validateResponse('POST', PATH, 200, uploaded).errors).toEqual([]);
  });

  it('sends the multipart form the spec describes: fileAttachment files with names, types and bytes, and the id fields', async () => {
    received.length = 0;
    await uploadInPage(origin);
    expect(received).toHaveLength(1);
    const { method, path, headers, body } = received[0]!;
    expect(method).toBe('POST');
    expect(path).toBe(PATH);
    expect(headers.authorization).toBe(`Bearer ${SECRET_TOKEN}`);
    expect(headers.version).toBe('2021-07-28');
    const form = await new Request('http://x', {
      method: 'POST',
      headers: { 'content-type': String(headers['content-type']) },
      body: new Uint8Array(body),
    }).formData();
    expect([...new Set(form.keys())].sort()).toEqual(['attachmentUrls', 'contactId', 'conversationId', 'fileAttachment', 'locationId']);
    const files = form.getAll('fileAttachment') as File[];
    expect(files.map((f) => [f.name, f.type])).toEqual([
      ['invoice.pdf', 'application/pdf'],
      ['photo.png', 'image/png'],
      ['notes.txt', 'application/octet-stream'],
    ]);
    expect([...new Uint8Array(await files[0]!.arrayBuffer())]).toEqual([37, 80, 68, 70]);
    expect(await files[2]!.text()).toBe('hi');
    expect(form.get('locationId')).toBe('loc4EPM428kjkvShlRW1A');
  });
});
