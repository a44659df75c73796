// A real Chromium for the browser tests (the inbox's, and the client's upload from a page): Debian's
// /usr/bin/chromium or CHROMIUM_PATH, driven through playwright-core. The test commands run
// `scripts/ensure-test-packages.mjs chromium` first, which installs it on CI when it is missing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type ViewportSize } from 'playwright-core';

/** Where Chromium is looked for (the same rule as scripts/ensure-test-packages.mjs). */
export const chromiumExecutablePath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Headless, no sandbox (CI runs as root), and nothing that phones home: tests reach loopback only.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchChromiumOptions {
  /** Names the temporary profile directory (`leadway-<name>-chromium-*`), to tell the tests' profiles apart. */
  name: string;
  /** The pages' size; Playwright's default (1280x720) when left out. */
  viewport?: ViewportSize;
}

export interface LaunchedChromium {
  context: BrowserContext;
  /** Closes the browser, then removes its profile directory. */
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile directory, removed on close. */
export async function launchChromium({ name, viewport }: LaunchChromiumOptions): Promise<LaunchedChromium> {
  const profile = mkdtempSync(join(tmpdir(), `leadway-${name}-chromium-`));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumExecutablePath(),
      headless: true,
      args: CHROMIUM_ARGS,
      ...(viewport ? { viewport } : {}),
    });
    return {
      context,
      close: async () => {
        try {
          await context.close();
        } finally {
          rmSync(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
