import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const appRoot = fileURLToPath(new URL('../..', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

/** Builds the app as shipped (`vite build` into dist/), so the tests see the current sources. */
export async function buildApp(): Promise<void> {
  await build({ root: appRoot, logLevel: 'warn', configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)) });
}
