#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { MockStartError } from './errors.js';
import { parseDelay } from './parse-delay.js';
import { listScenarios } from './scenarios.js';
import { formatReport } from './violations.js';

const HELP = `leadway-mock: the Leadway Conversations API, mocked from its spec by Stoplight Prism.

Usage: leadway-mock [--port 4010] [--host 127.0.0.1] [--spec FILE] [--dynamic] [--seed S]
                    [--delay 300ms] [--proxy URL] [--cors-origin ORIGIN]... [--no-watch] [--verbose]

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

Requests are validated against the spec: a request the real API would refuse gets an error
answer in the API's shape, saying what is wrong. Ask for a given example or status per request
with the header "Prefer: example=<name>" or "Prefer: code=<status>" (both: "Prefer: code=404,
example=<name>"); an example the operation does not have gets a 400 naming those it has.

Send a signed webhook event to your receiver: leadway-mock webhook --help`;

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
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowNegative: true,
    strict: true,
  }).values;
}

async function main(): Promise<number> {
  if (process.argv[2] === 'webhook') return (await import('./webhooks/cli-webhook.js')).runWebhookCommand(process.argv.slice(3));
  let values: ReturnType<typeof parseServeArguments>;
  try {
    values = parseServeArguments(process.argv.slice(2));
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
    const mock = await startMock({
      port,
      host: values.host,
      dynamic: values.dynamic,
      ...(values.seed ? { seed: values.seed } : {}),
      ...(values.spec ? { specPath: values.spec } : {}),
      ...(values.proxy !== undefined ? { proxy: values.proxy } : {}),
      corsOrigins: values['cors-origin'],
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
