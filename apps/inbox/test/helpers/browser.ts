import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type LaunchedChromium, launchChromium } from '@leadway/test-servers/chromium';
import type { Page } from 'playwright-core';

export const screenshotDir = join(import.meta.dirname, '..', '..', 'test-artifacts', 'screenshots');

/** A Chromium (the shared launch of @leadway/test-servers) sized for the inbox, with a fresh profile removed on close. */
export async function launchBrowser(): Promise<LaunchedChromium> {
  const browser = await launchChromium({ name: 'inbox', viewport: { width: 1100, height: 720 } });
  mkdirSync(screenshotDir, { recursive: true });
  return browser;
}

/** Saves a full-page screenshot as test-artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}
