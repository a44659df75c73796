import { type RunningMock, startMock } from '@leadway/mock';
import type { LaunchedChromium } from '@leadway/test-servers/chromium';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './helpers/browser.js';
import { buildApp, distDir } from './helpers/build-app.js';
import { serveStatic } from './helpers/static-server.js';

// The layout at a phone's width (390 px) and a laptop's (1280 px), measured in Chromium: nothing
// overflows sideways, the thread has room to read, and the controls stay on screen.
let mock: RunningMock;
let app: { url: string; close(): Promise<void> };
let browser: LaunchedChromium;

beforeAll(async () => {
  await buildApp();
  [mock, app, browser] = await Promise.all([startMock(), serveStatic(distDir), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([app?.close(), mock?.close()]);
});

async function openInboxAt(width: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 844 });
  await page.goto(`${app.url}/?${new URLSearchParams({ api: mock.url })}`);
  await expect.poll(() => conversationButtons(page).count()).toBe(2);
  return page;
}

const conversationButtons = (page: Page) => page.getByRole('list', { name: 'Conversations' }).getByRole('button');
const messageItems = (page: Page) => page.getByRole('list', { name: 'Messages' }).getByRole('listitem');

/** The page's widths: what it lays out and what the window shows. */
function horizontalExtent(page: Page) {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not displayed`);
  return found;
}

async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, clientWidth } = await horizontalExtent(page);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** Opens Maria Lopez's thread (four messages, more pages offered) and checks what both widths share. */
async function openThreadAndCheck(page: Page, width: number) {
  await page.getByRole('button', { name: /Maria Lopez/ }).click();
  await expect.poll(() => messageItems(page).count()).toBe(4);
  await expectNoHorizontalOverflow(page);
  expect((await box(page, '#thread')).width).toBeGreaterThanOrEqual(300);
  // The thread runs oldest first, so older messages are loaded from above the oldest one.
  const older = page.getByRole('button', { name: 'Load older messages' });
  expect(await older.isVisible()).toBe(true);
  const olderBox = (await older.boundingBox())!;
  const firstMessage = (await messageItems(page).first().boundingBox())!;
  expect(olderBox.y + olderBox.height).toBeLessThanOrEqual(firstMessage.y);
  // A message reads as lines of words, not one word per line.
  expect(firstMessage.width).toBeGreaterThanOrEqual(200);
  const send = await page.getByRole('button', { name: 'Send' }).boundingBox();
  expect(send!.x + send!.width).toBeLessThanOrEqual(width);
  await screenshot(page, `layout-${width}-thread`);
}

describe('the inbox at 390 px (a phone)', () => {
  it('shows the list alone, then the thread alone with a way back, nothing overflowing', async () => {
    const page = await openInboxAt(390);
    try {
      await expectNoHorizontalOverflow(page);
      const search = await box(page, '#search-form button[type=submit]');
      expect(search.x).toBeGreaterThanOrEqual(0);
      expect(search.x + search.width).toBeLessThanOrEqual(390);
      expect((await box(page, '#conversation-list')).width).toBeGreaterThanOrEqual(300);
      await screenshot(page, 'layout-390-list');

      await openThreadAndCheck(page, 390);
      // One pane at a time: the list is out of the way while a thread is open.
      expect(await page.locator('#conversation-list').isVisible()).toBe(false);

      const back = page.getByRole('button', { name: 'Back to conversations' });
      await back.click();
      await expect.poll(() => page.locator('#conversation-list').isVisible()).toBe(true);
      expect(await page.locator('#thread').isVisible()).toBe(false);
      // Focus returns to the conversation that was open.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('true');
      await expectNoHorizontalOverflow(page);
    } finally {
      await page.close();
    }
  });
});

describe('the inbox at 1280 px (a laptop)', () => {
  it('shows the list and the thread side by side, nothing overflowing', async () => {
    const page = await openInboxAt(1280);
    try {
      await expectNoHorizontalOverflow(page);
      const search = await box(page, '#search-form button[type=submit]');
      expect(search.x + search.width).toBeLessThanOrEqual(1280);
      await openThreadAndCheck(page, 1280);
      const list = await box(page, '#conversation-list');
      const thread = await box(page, '#thread');
      expect(list.x + list.width).toBeLessThanOrEqual(thread.x);
      expect(await page.getByRole('button', { name: 'Back to conversations' }).isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });
});
