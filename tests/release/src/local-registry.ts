import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startCommand } from './run-command.js';

/** A running throwaway registry. */
export interface LocalRegistry {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  /** The `.npmrc` lines that let npm/pnpm publish to it as the user this registry was started with. */
  authNpmrc: string;
  /** Stops the registry and resolves once it exited. */
  stop(): Promise<void>;
}

const script = fileURLToPath(new URL('../scripts/local-registry.mjs', import.meta.url));

/**
 * Starts Verdaccio (scripts/local-registry.mjs) in a child process on 127.0.0.1 and a free port,
 * with config and storage in `dir`, and creates a throwaway publisher account on it.
 */
export async function startLocalRegistry(dir: string): Promise<LocalRegistry> {
  mkdirSync(dir, { recursive: true });
  const running = await startCommand(process.execPath, [script, dir], {
    cwd: dir,
    ready: /\{"url":"(http:\/\/127\.0\.0\.1:\d+\/)"\}/,
    readyWithinMs: 30_000,
  });
  const url = running.match[1]!;
  try {
    const name = 'release-test';
    const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password: randomUUID() }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { token?: string };
    if (!response.ok || !body.token) throw new Error(`the local registry refused to create a user: HTTP ${response.status}`);
    const host = url.replace(/^http:/, '');
    return { url, authNpmrc: `${host}:_authToken=${body.token}\n`, stop: running.stop };
  } catch (error) {
    await running.stop();
    throw error;
  }
}
