import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// `vite` (dev) compiles @leadway/client from its sources, so the inbox comes up without building
// the client first and picks up its edits; `vite build` uses the built package like any user.
const clientSources = fileURLToPath(new URL('../../packages/client/src/index.ts', import.meta.url));

export default defineConfig(({ command }) => ({
  ...(command === 'serve' ? { resolve: { alias: { '@leadway/client': clientSources } } } : {}),
  // Dev server and preview bind 127.0.0.1 only; the mock answers CORS for any local origin.
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: 'dist', sourcemap: true, target: 'es2022' },
}));
