import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerEnv } from '../../release/src/clean-env.js';
import { consumerTsconfig } from '../../release/src/consumer-project.js';
import { type CommandResult, runCommand } from '../../release/src/run-command.js';
import { tsc } from './packed-consumer.js';

/**
 * A CommonJS service's TypeScript (no `"type": "module"`): its imports compile to `require()` of the
 * ESM-only packages. Prints one JSON line.
 */
const commonjsMain = `import { createLeadwayClient, NotFoundError, type Conversation } from '@leadway/client';
import { createWebhookVerifier } from '@leadway/client/webhooks';

async function main(): Promise<void> {
  const client = createLeadwayClient({ token: 'cjs-token', baseUrl: process.env.LEADWAY_MOCK_URL! });
  const conversation: Conversation = await client.conversations.get('tDtDnQdgm2LXpyiqYvZ6');
  let notFound = '';
  await client.conversations.get('tDtDnQdgm2LXpyiqYvZ6', { headers: { Prefer: 'code=404' } }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound = error.kind;
  });
  console.log(JSON.stringify({ moduleSystem: typeof module === 'object' ? 'commonjs' : 'esm', id: conversation.id, notFound, verifier: typeof createWebhookVerifier }));
}
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
`;

/**
 * Writes the CommonJS project into `dir` (inside the packed consumer, so it resolves the installed
 * packages) and compiles it with tsc under `module` (`nodenext`, `node16`, ...; `moduleResolution`
 * is `nodenext` for `nodenext`, else `node16`, the one TypeScript allows beside them).
 */
export async function compileCommonjsConsumer(dir: string, module: string): Promise<CommandResult> {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `cjs-consumer-${module}`, private: true, type: 'commonjs' }));
  const { compilerOptions } = consumerTsconfig;
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify(
      { ...consumerTsconfig, compilerOptions: { ...compilerOptions, module, moduleResolution: module === 'nodenext' ? 'nodenext' : 'node16' } },
      null,
      2,
    ),
  );
  writeFileSync(join(dir, 'src', 'main.ts'), commonjsMain);
  return runCommand(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, env: consumerEnv(), timeoutMs: 180_000 });
}
