#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { MockStartError } from './errors.js';
import { parseDelay } from './parse-delay.js';
import { listScenarios } from './scenarios.js';
import { formatReport } from './violations.js';

const HELP = `leadway-mock: the Leadway Conversations API, mocked from its spec by Stoplight Prism.

Usage: leadway-mock [--port 4010] [--host 127.0.0.1] [--spec FILE] [--dynamic] [--seed S]
                    [--delay 300ms] [--proxy URL] [--cors-origin ORIGIN]... [--no-watch] [--verbose]
                    [--stateful [--seed-file FILE] [--webhook-url URL] [--webhook-key FILE]]

  --port         port to listen on (default 4010; 0 picks a free one)
  --host         interface to bind (default 127.0.0.1)
  --spec         OpenAPI file to serve, JSON or the YAML root (default: the bundled spec)
  --dynamic      answer with generated data instead of the spec's examples
  --seed         seed for generated data, so dynamic answers repeat
  --delay        wait this long before every answer, to see loading states (e.g. 300ms, 1s)
  --proxy        forward to this API instead of mocking, and print every place where its
                 answers depart from the spec (e.g. https://services.leadconnectorhq.com)
  --cors-origin  also allow this non-local origin (local origins always are)
  --no-watch     do not reload when the spec file changes
  --verbose      log every request (method, path, status, time) and Prism's messages
  --stateful     remember: conversations and messages created, sent, updated or deleted are
                 answered back (one store per x-mock-store header; POST /__mock/reset empties it
                 back to the seed). A Prefer header still answers the spec's example
  --seed-file    stateful: JSON { "conversations": [...], "messages": [...] } to start from
                 (default: the spec's examples), checked against the spec's schemas
  --webhook-url  stateful: deliver the signed OutboundMessage / InboundMessage webhook of each
                 sent or received message to this URL
  --webhook-key  stateful: PKCS#8 PEM file of the signing key (created when missing)

Requests are validated against the spec: a request the real API would refuse gets an error
answer in the API's shape, saying what is wrong. Ask for a given example or status per request
with the header "Prefer: example=<name>" or "Prefer: code=<status>" (both: "Prefer: code=404,
example=<name>"); an example the operation does not have gets a 400 naming those it has.
"Prefer: code=429, retry-after=0" sets the 429's Retry-After (whole seconds, 0 to 86400) instead
of the example's 10 s, so a client's retries and pacing do not hold a test of a 429 screen.

Send a signed webhook event to your receiver: leadway-mock webhook --help
Simulate a customer's reply in a running stateful mock: leadway-mock reply --help`;

/** The help, with the named examples (scenarios) the bundled spec has, read from it. */
function helpText(): string {
  let scenarios: string;
  try {
    scenarios = listScenarios()
      .map((s) => `  ${s.operation}\n      ${s.examples.join(', ')}`)
      .join('\n');
  } catch {
    scenarios = '  (the bundled spec could not be read)';
  }
  return `${HELP}\n\nScenarios (Prefer: example=<name>) in the bundled spec:\n${scenarios}`;
}

/** The serve command's options (throws on an unknown or malformed one). */
function parseServeArguments(args: string[]) {
  return parseArgs({
    args,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      spec: { type: 'string' },
      dynamic: { type: 'boolean', default: false },
      seed: { type: 'string' },
      delay: { type: 'string' },
      proxy: { type: 'string' },
      'cors-origin': { type: 'string', multiple: true, default: [] },
      watch: { type: 'boolean', default: true },
      verbose: { type: 'boolean', default: false },
      stateful: { type: 'boolean', default: false },
      'seed-file': { type: 'string' },
      'webhook-url': { type: 'string' },
      'webhook-key': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowNegative: true,
    strict: true,
  }).values;
}

async function main(): Promise<number> {
  // `pnpm mock` starts the command with --stateful; the subcommands take their own options.
  const args = process.argv[2] === '--stateful' && ['webhook', 'reply'].includes(process.argv[3] ?? '') ? process.argv.slice(3) : process.argv.slice(2);
  if (args[0] === 'webhook') return (await import('./webhooks/cli-webhook.js')).runWebhookCommand(args.slice(1));
  if (args[0] === 'reply') return (await import('./state/cli-reply.js')).runReplyCommand(args.slice(1));
  let values: ReturnType<typeof parseServeArguments>;
  try {
    values = parseServeArguments(args);
  } catch (error) {
    console.error(`leadway-mock: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(helpText());
    return 0;
  }
  const port = Number(values.port);
  try {
    const delayMs = values.delay !== undefined ? parseDelay(values.delay) : 0;
    // Loaded here, not at the top: Prism takes seconds to import, and `webhook`, `--help` and a bad
    // option do not need it.
    console.log(`leadway-mock: starting Prism on ${values.spec ?? 'the bundled spec'} (a few seconds)...`);
    const { startMock } = await import('./start-mock.js');
    const webhookKey =
      values['webhook-key'] !== undefined ? (await import('./webhooks/cli-webhook.js')).loadKey(values['webhook-key'], console.log) : undefined;
    const mock = await startMock({
      port,
      host: values.host,
      dynamic: values.dynamic,
      ...(values.seed ? { seed: values.seed } : {}),
      ...(values.spec ? { specPath: values.spec } : {}),
      ...(values.proxy !== undefined ? { proxy: values.proxy } : {}),
      corsOrigins: values['cors-origin'],
      stateful: values.stateful,
      ...(values['seed-file'] !== undefined ? { seedFile: values['seed-file'] } : {}),
      ...(values['webhook-url'] !== undefined ? { webhookUrl: values['webhook-url'] } : {}),
      ...(webhookKey ? { webhookSigningKey: webhookKey } : {}),
      onWebhookDelivery: ({ event, messageId, sent, error }) => {
        if (error) console.error(`leadway-mock: ${event} webhook of ${messageId} not delivered: ${error.message}`);
        else console.log(`leadway-mock: ${event} webhook of ${messageId} delivered, the receiver answered ${sent?.status}`);
      },
      delayMs,
      watch: values.watch,
      logLevel: values.verbose ? 'info' : 'silent',
      onViolations: (report) => {
        for (const line of formatReport(report)) console.log(`leadway-mock: departs from the spec: ${line}`);
      },
      ...(values.verbose ? { onExchange: (e) => console.log(`leadway-mock: ${e.method} ${e.path} -> ${e.status} (${e.ms} ms)`) } : {}),
      onUpstreamError: ({ method, path, reason }) => {
        console.error(`leadway-mock: ${method} ${path}: the upstream does not answer (${reason}); answered 502`);
      },
      onReload: ({ error }) => {
        if (error) console.error(`leadway-mock: the changed spec was not loaded, still serving the previous one: ${error.message}`);
        else console.log('leadway-mock: spec changed, reloaded');
      },
    });
    if (values.proxy !== undefined) {
      console.log(`leadway-mock: ready: forwarding to ${new URL(values.proxy).origin} at ${mock.url}, checking every answer against the spec`);
    } else {
      console.log(`leadway-mock: ready: serving the Leadway Conversations API at ${mock.url}`);
      console.log(`leadway-mock: try  curl -H 'Authorization: Bearer any' -H 'Version: 2021-07-28' ${mock.url}/conversations/tDtDnQdgm2LXpyiqYvZ6`);
    }
    if (values.stateful) {
      console.log('leadway-mock: stateful: what you create, send, update or delete is answered back (POST /__mock/reset to start over)');
      if (mock.webhookPublicKeyPem && values['webhook-url'])
        console.log(`leadway-mock: webhooks to ${values['webhook-url']}, signed with this Ed25519 public key:\n${mock.webhookPublicKeyPem.trimEnd()}`);
    }
    if (delayMs > 0) console.log(`leadway-mock: every answer waits ${delayMs} ms`);
    const stop = () => {
      void mock.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  } catch (error) {
    if (error instanceof MockStartError) {
      console.error(`leadway-mock: ${error.message}`);
      return error.code === 'BAD_OPTION' ? 2 : 1;
    }
    throw error;
  }
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error('leadway-mock: unexpected failure', error);
    process.exit(1);
  },
);
