import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CONSOLE_IO, type CommandIo, parseSubcommand } from '../cli-subcommand.js';
import { sendWebhook } from './send-webhook.js';
import { createWebhookSigningKey, type WebhookSigningKey } from './signing-key.js';
import { loadWebhookExamples } from './spec-examples.js';
import { WebhookSendError } from './webhook-send-error.js';

const HELP = `leadway-mock webhook: send a signed webhook event from the spec to your receiver.

Usage: leadway-mock webhook <EventName> --to <url> [--example NAME] [--key FILE] [--stale]
       leadway-mock webhook --list

  --to       the receiver's URL (required)
  --example  which of the event's spec examples to send (default: the first)
  --key      PKCS#8 PEM file of the Ed25519 signing key; created when it does not exist, so the
             public key stays the same across runs (default: a new key pair each run)
  --stale    keep the example's own timestamp and webhookId (a verifier must refuse it as expired)
  --timeout  milliseconds to wait for the receiver (default 10000)
  --list     list the events and examples the spec has

The body is signed with Ed25519 in the x-ghl-signature header, as the API signs its deliveries.
The public key is printed first: configure your verifier with it (publicKey option).`;

export function loadKey(path: string | undefined, out: (line: string) => void): WebhookSigningKey {
  if (path === undefined) return createWebhookSigningKey();
  if (existsSync(path)) return createWebhookSigningKey(readFileSync(path, 'utf8'));
  const key = createWebhookSigningKey();
  writeFileSync(path, key.privateKeyPem(), { mode: 0o600, flag: 'wx' });
  out(`leadway-mock: wrote a new signing key to ${path}`);
  return key;
}

/** The webhook command's arguments (throws on an unknown or malformed option). */
function parseWebhookArguments(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      to: { type: 'string' },
      example: { type: 'string' },
      key: { type: 'string' },
      stale: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '10000' },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/** Runs `leadway-mock webhook ...` with the arguments after `webhook`; resolves with the exit code. */
export async function runWebhookCommand(argv: readonly string[], io: CommandIo = CONSOLE_IO): Promise<number> {
  const parsed = parseSubcommand('webhook', argv, parseWebhookArguments, HELP, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.list) {
    for (const [event, examples] of loadWebhookExamples()) io.out(`${event}: ${examples.map((e) => e.name).join(', ')}`);
    return 0;
  }
  const [event, ...extra] = positionals;
  if (!event || extra.length > 0 || !values.to) {
    io.err(`leadway-mock webhook: give one event name and --to <url>\n\n${HELP}`);
    return 2;
  }
  try {
    const signingKey = loadKey(values.key, io.out);
    io.out('leadway-mock: signing with this Ed25519 public key (give it to your verifier):');
    io.out(signingKey.publicKeyPem.trimEnd());
    const sent = await sendWebhook({
      event,
      to: values.to,
      signingKey,
      fresh: !values.stale,
      timeoutMs: Number(values.timeout),
      ...(values.example ? { example: values.example } : {}),
    });
    const webhookId = JSON.parse(sent.body).webhookId ?? 'none';
    io.out(`leadway-mock: sent ${sent.event} (example "${sent.example}", webhookId ${webhookId}) to ${values.to}: HTTP ${sent.status}`);
    if (sent.responseBody) io.out(sent.responseBody.slice(0, 2000));
    return sent.status >= 200 && sent.status < 300 ? 0 : 1;
  } catch (error) {
    if (error instanceof WebhookSendError) {
      io.err(`leadway-mock webhook: ${error.message}`);
      return error.code === 'UNREACHABLE' || error.code === 'TIMEOUT' ? 1 : 2;
    }
    throw error;
  }
}
