// The README's two webhook receivers, run as written: each code block marked
// `<!-- webhooks-example: NAME -->` is copied unchanged into test-artifacts/ (inside this package, so
// `@leadway/client/webhooks` resolves to the built entry point, as it does for a user) and run
// against deliveries signed by the mock's sender.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createWebhookSigningKey, sendWebhook } from '@leadway/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../../../../README.md', import.meta.url)), 'utf8');
const outDir = fileURLToPath(new URL('../../test-artifacts/readme-examples/', import.meta.url));

function readmeExample(name: string): string {
  const match = new RegExp(`<!-- webhooks-example: ${name.replace('.', '\\.')} -->\\n\`\`\`js\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(readme);
  if (!match?.[1]) throw new Error(`README.md has no code block marked webhooks-example: ${name}`);
  mkdirSync(outDir, { recursive: true });
  const file = `${outDir}${name}`;
  writeFileSync(file, `${match[1]}\n`);
  return file;
}

const signingKey = createWebhookSigningKey();

describe('README: the Node http receiver', () => {
  let child: ChildProcess;
  let url: string;
  let output = '';
  /** Resolves once the receiver has logged `text` (an event, not a poll with a time bound). */
  const logged = (text: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!output.includes(text)) return;
        child.stdout!.off('data', check);
        child.stderr!.off('data', check);
        resolve();
      };
      child.stdout!.on('data', check);
      child.stderr!.on('data', check);
      check();
    });

  beforeAll(async () => {
    const file = readmeExample('node-http-receiver.mjs');
    child = spawn(process.execPath, [file], {
      env: { ...process.env, PORT: '0', LEADWAY_WEBHOOK_PUBLIC_KEY: signingKey.publicKeyPem },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`receiver did not start: ${output}`)), 15_000);
      const check = () => {
        const found = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (found?.[1]) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      };
      child.stdout!.on('data', check);
      child.once('exit', (code) => reject(new Error(`receiver exited with ${code}: ${output}`)));
    });
  });

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('accepts a signed InboundMessage and logs it', async () => {
    const sent = await sendWebhook({ event: 'InboundMessage', to: url, signingKey });
    expect(sent.status).toBe(200);
    await logged(`message from ${JSON.parse(sent.body).contactId}: ${JSON.parse(sent.body).body}`);
  });

  it('accepts the other events', async () => {
    for (const event of ['OutboundMessage', 'ConversationUnreadUpdate', 'ProviderOutboundMessage']) {
      expect((await sendWebhook({ event, to: url, signingKey })).status).toBe(200);
    }
    await logged('ConversationUnreadUpdate for location ve9EPM428kjkvShlRW1KT');
  });

  it('answers 401 to another key, a stale delivery and a replay, and logs why', async () => {
    expect((await sendWebhook({ event: 'InboundMessage', to: url })).status).toBe(401);
    expect((await sendWebhook({ event: 'InboundMessage', to: url, signingKey, fresh: false })).status).toBe(401);
    const replay = { webhookId: 'readme-replay', timestamp: new Date().toISOString() };
    expect((await sendWebhook({ event: 'InboundMessage', to: url, signingKey, fresh: false, payload: replay })).status).toBe(200);
    expect((await sendWebhook({ event: 'InboundMessage', to: url, signingKey, fresh: false, payload: replay })).status).toBe(401);
    await logged('Webhook refused (replayed)');
    expect(output).toContain('Webhook refused (invalid_signature)');
    expect(output).toContain('Webhook refused (timestamp_expired)');
  });

  it('answers 405 to a GET and 413 to a body over 1 MB', async () => {
    expect((await fetch(url)).status).toBe(405);
    const big = await fetch(url, { method: 'POST', body: new Uint8Array(1024 * 1024 + 1) }).then(
      (r) => r.status,
      () => 'reset',
    );
    expect([413, 'reset']).toContain(big);
  });
});

describe('README: the Fetch-style handler', () => {
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    const file = readmeExample('fetch-handler.mjs');
    const mod = await import(/* @vite-ignore */ pathToFileURL(file).href);
    handle = mod.createWebhookHandler({ publicKey: signingKey.publicKeyPem });
  });

  function request(body: string, signature: string) {
    return new Request('http://127.0.0.1/webhooks', { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-ghl-signature': signature } });
  }

  it('answers 200 with the event type to a signed delivery', async () => {
    const body = JSON.stringify({ type: 'OutboundMessage', locationId: 'loc', timestamp: new Date().toISOString(), webhookId: crypto.randomUUID() });
    const response = await handle(request(body, signingKey.sign(new TextEncoder().encode(body))));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: 'OutboundMessage' });
  });

  it('answers 401 with the reason to a tampered one, and 405 to a GET', async () => {
    const body = JSON.stringify({ type: 'OutboundMessage', locationId: 'loc', timestamp: new Date().toISOString(), webhookId: crypto.randomUUID() });
    const response = await handle(request(body.replace('loc', 'lOc'), signingKey.sign(new TextEncoder().encode(body))));
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('invalid_signature');
    expect((await handle(new Request('http://127.0.0.1/webhooks'))).status).toBe(405);
  });
});
