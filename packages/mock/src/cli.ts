#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { MockStartError } from './errors.js';
import { startMock } from './start-mock.js';

const HELP = `leadway-mock: the Leadway Conversations API, mocked from its spec by Stoplight Prism.

Usage: leadway-mock [--port 4010] [--host 127.0.0.1] [--dynamic] [--seed S] [--verbose]

  --port     port to listen on (default 4010; 0 picks a free one)
  --host     interface to bind (default 127.0.0.1)
  --dynamic  answer with generated data instead of the spec's examples
  --seed     seed for generated data, so dynamic answers repeat
  --verbose  log every request and validation problem

Requests are validated against the spec: a request the real API would refuse gets an error
answer. Ask for a given example or status with the header
"Prefer: example=<name>" or "Prefer: code=<status>".`;

async function main(): Promise<number> {
  if (process.argv[2] === 'webhook') return (await import('./webhooks/cli-webhook.js')).runWebhookCommand(process.argv.slice(3));
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        dynamic: { type: 'boolean', default: false },
        seed: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`leadway-mock: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const port = Number(values.port);
  try {
    const mock = await startMock({
      port,
      host: values.host,
      dynamic: values.dynamic,
      ...(values.seed ? { seed: values.seed } : {}),
      logLevel: values.verbose ? 'info' : 'silent',
    });
    console.log(`leadway-mock: serving the Leadway Conversations API at ${mock.url}`);
    console.log(`leadway-mock: try  curl -H 'Authorization: Bearer any' -H 'Version: 2021-07-28' ${mock.url}/conversations/tDtDnQdgm2LXpyiqYvZ6`);
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
