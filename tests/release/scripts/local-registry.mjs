// A throwaway npm registry for the release test: Verdaccio on 127.0.0.1 and a free port, with its
// config, storage and users in the folder given as the only argument. No uplinks: it only ever
// serves what the test publishes to it. Prints one line `{"url":"http://127.0.0.1:PORT/"}` once it
// listens, and stops on SIGTERM/SIGINT.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runServer } from 'verdaccio';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: local-registry.mjs <folder>');
  process.exit(2);
}

const configPath = join(dir, 'config.yaml');
writeFileSync(
  configPath,
  [
    'storage: ./storage',
    'auth:',
    '  htpasswd:',
    '    file: ./htpasswd',
    '    max_users: 10',
    'uplinks: {}',
    'packages:',
    "  '@leadway/*':",
    '    access: $all',
    '    publish: $authenticated',
    "  '**':",
    '    access: $all',
    'max_body_size: 50mb',
    'web:',
    '  enable: false',
    'log: { type: stdout, format: pretty, level: error }',
    '',
  ].join('\n'),
);

const server = await runServer(configPath);
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  console.log(JSON.stringify({ url: `http://127.0.0.1:${port}/` }));
});
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
