import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Strict NodeNext settings, as a consumer on Node 20 would use; library types are checked too. */
export const consumerTsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022'],
    types: ['node'],
    strict: true,
    skipLibCheck: false,
    rootDir: 'src',
    outDir: 'dist',
  },
  include: ['src'],
};

/**
 * The consumer's program: a typed call through the published client against the published mock,
 * a typed error, and a line that must NOT type-check (so types that silently became `any` fail
 * the build). Prints one JSON line for the test to read.
 */
export const consumerMain = `import { createLeadwayClient, LeadwayError, NotFoundError, type Conversation } from '@leadway/client';
import { bundledSpecPath } from '@leadway/mock';

const baseUrl = process.env.LEADWAY_MOCK_URL;
if (!baseUrl) throw new Error('LEADWAY_MOCK_URL is not set');

const client = createLeadwayClient({ token: 'consumer-token', baseUrl });
const conversation: Conversation = await client.conversations.get('tDtDnQdgm2LXpyiqYvZ6');
const id: string = conversation.id;

// @ts-expect-error conversations.get takes a string id; a number must not type-check.
const wrong = () => client.conversations.get(42);
void wrong;

let notFound = '';
try {
  await client.conversations.get('tDtDnQdgm2LXpyiqYvZ6', { headers: { Prefer: 'code=404' } });
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  const typed: LeadwayError = error;
  notFound = \`\${typed.kind} \${error.status}\`;
}

console.log(JSON.stringify({ id, type: conversation.type, notFound, specPath: bundledSpecPath }));
`;

/** Writes the consumer's tsconfig.json and src/main.ts into `dir`. */
export function writeConsumerSources(dir: string): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(consumerTsconfig, null, 2));
  writeFileSync(join(dir, 'src', 'main.ts'), consumerMain);
}
