import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type BuildOptions, build } from 'esbuild';

export interface BundleSize {
  app: string;
  /** Minified bundle. @unit bytes */
  minified: number;
  /** gzip, level 9. @unit bytes */
  gzip: number;
  /** brotli, quality 11. @unit bytes */
  brotli: number;
}

/** The apps measured, by name: each is `fixtures/bundle/<name>.ts`. */
export const BUNDLE_APPS = ['leadway-app', 'leadway-core-app', 'leadway-function-app', 'openapi-fetch-app'] as const;
export type BundleApp = (typeof BUNDLE_APPS)[number];

const fixtures = new URL('../../fixtures/bundle/', import.meta.url);

/** How an app's build bundles for the browser: one ESM file, minified and tree-shaken, kept in memory. */
export const BROWSER_APP_BUILD = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
} as const satisfies BuildOptions;

/**
 * Bundles one app for the browser the way an app's build would (BROWSER_APP_BUILD) and returns its
 * raw, gzip and brotli sizes. Deterministic for fixed dependencies.
 */
export async function measureBundle(app: BundleApp): Promise<BundleSize> {
  const result = await build({ ...BROWSER_APP_BUILD, entryPoints: [fileURLToPath(new URL(`${app}.ts`, fixtures))] });
  const code = result.outputFiles[0]!.contents;
  return {
    app,
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}
