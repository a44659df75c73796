import { type RunningMock, startMock } from '@leadway/mock';
import type { LaunchedChromium } from '@leadway/test-servers/chromium';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './helpers/browser.js';
import { buildApp, distDir } from './helpers/build-app.js';
import { serveStatic } from './helpers/static-server.js';

// The built app, served from 127.0.0.1, in Debian's Chromium, against the real Prism mock on
// another port (so every request is a cross-origin one, as with `pnpm mock` + `vite`).
let mock: RunningMock;
/** The stateful mock; each test of its suite uses its own store (`?mockStore=`). */
let statefulMock: RunningMock;
let app: { url: string; close(): Promise<void> };
let browser: LaunchedChromium;

beforeAll(async () => {
  await buildApp();
  [mock, statefulMock, app, browser] = await Promise.all([startMock(), startMock({ stateful: true }), serveStatic(distDir), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([app?.close(), mock?.close(), statefulMock?.close()]);
});

/** Opens the inbox with the given query parameters (`api` defaults to the mock). */
async function openInbox(params: Record<string, string> = {}): Promise<Page> {
  const page = await browser.context.newPage();
  const query = new URLSearchParams({ api: mock.url, ...params });
  await page.goto(`${app.url}/?${query}`);
  return page;
}

const conversations = (page: Page) => page.getByRole('list', { name: 'Conversations' }).getByRole('button');

describe('the inbox against the mock', () => {
  it('renders the conversation list: contact, channel, unread count', async () => {
    const page = await openInbox();
    try {
      await expect.poll(() => conversations(page).count()).toBe(2);
      const maria = page.getByRole('button', { name: /Maria Lopez/ });
      await expect.poll(() => maria.textContent()).toContain('Phone');
      expect(await maria.textContent()).toContain('1 unread');
      expect(await maria.textContent()).toContain('Thanks, see you on Tuesday!');
      // The second conversation has no name: the page falls back to the phone number.
      expect(await page.getByRole('button', { name: /\+15550100456/ }).count()).toBe(1);
      // No conversation is open yet, so there is nothing to send to.
      expect(await page.getByRole('textbox', { name: 'Message' }).isVisible()).toBe(false);
      await screenshot(page, 'list');
    } finally {
      await page.close();
    }
  });

  it('shows starred conversations and unread counts (named example "unread")', async () => {
    const page = await openInbox({ preferList: 'example=unread' });
    try {
      const sam = page.getByRole('button', { name: /Sam Carter/ });
      await expect.poll(() => sam.textContent()).toContain('★ Starred');
      expect(await sam.textContent()).toContain('3 unread');
      expect(await sam.getAttribute('aria-label')).toContain('starred');
      await screenshot(page, 'unread-starred');
    } finally {
      await page.close();
    }
  });

  it('shows a channel type the docs do not list as unknown, not as an error', async () => {
    const page = await openInbox({ preferList: 'example=unknown-channel-type' });
    try {
      await expect.poll(() => conversations(page).count()).toBe(1);
      expect(await conversations(page).first().textContent()).toContain('Unknown (TYPE_WHATSAPP)');
      expect(await page.getByRole('alert').count()).toBe(0);
      await screenshot(page, 'unknown-channel-type');
    } finally {
      await page.close();
    }
  });

  it('shows the empty state for an empty inbox', async () => {
    const page = await openInbox({ preferList: 'example=empty-inbox' });
    try {
      await page.getByText('No conversations yet.').waitFor();
      expect(await conversations(page).count()).toBe(0);
      await screenshot(page, 'empty-inbox');
    } finally {
      await page.close();
    }
  });

  it('search narrows the list as you type, and Search asks the API with the query', async () => {
    const page = await openInbox();
    try {
      await expect.poll(() => conversations(page).count()).toBe(2);
      await page.getByLabel('Search conversations').fill('maria');
      await expect.poll(() => conversations(page).count()).toBe(1);
      expect(await conversations(page).first().textContent()).toContain('Maria Lopez');

      const answer = page.waitForResponse((r) => r.url().includes('/conversations/search') && r.url().includes('query=maria'));
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      const response = await answer;
      // 200 from Prism with request validation on: the request keeps to the spec.
      expect(response.status()).toBe(200);
      expect(new URL(response.url()).searchParams.get('locationId')).toBe('ve9EPM428kjkvShlRW1KT');
      await expect.poll(() => conversations(page).count()).toBe(1);

      await page.getByLabel('Search conversations').fill('nobody-matches-this');
      await page.getByText(/No loaded conversation matches/).waitFor();
      await screenshot(page, 'search');
    } finally {
      await page.close();
    }
  });

  it('a full page offers "Load more", which asks for the next page after the last sort key', async () => {
    const page = await openInbox({ limit: '2' });
    try {
      await expect.poll(() => conversations(page).count()).toBe(2);
      const more = page.getByRole('button', { name: 'Load more conversations' });
      await more.waitFor();
      const answer = page.waitForResponse((r) => r.url().includes('/conversations/search') && r.url().includes('startAfterDate='));
      await more.click();
      const response = await answer;
      expect(response.status()).toBe(200);
      const query = new URL(response.url()).searchParams;
      // The last item's `sort` value of the first page, with the same filters and page size.
      expect(query.get('startAfterDate')).toBe('1731964800000');
      expect(query.get('limit')).toBe('2');
      // The static mock answers the same two conversations again: nothing is listed twice.
      await expect.poll(() => conversations(page).count()).toBe(2);
    } finally {
      await page.close();
    }
  });

  it('a click opens the thread with its messages, oldest first', async () => {
    const page = await openInbox();
    try {
      await page.getByRole('button', { name: /Maria Lopez/ }).click();
      await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Maria Lopez' }).count()).toBe(1);
      const messages = page.getByRole('list', { name: 'Messages' }).getByRole('listitem');
      await expect.poll(() => messages.count()).toBe(4);
      expect(await messages.last().textContent()).toContain('Thanks, see you on Tuesday!');
      expect(await messages.nth(1).textContent()).toContain('Call, 94 s');
      expect(await page.getByRole('button', { name: /Maria Lopez/ }).getAttribute('aria-current')).toBe('true');
      // The example page says more pages follow.
      expect(await page.getByRole('button', { name: 'Load older messages' }).isVisible()).toBe(true);
      await screenshot(page, 'thread');
    } finally {
      await page.close();
    }
  });

  it('opens a thread with the keyboard alone', async () => {
    const page = await openInbox({ preferThread: 'example=long-thread' });
    try {
      await expect.poll(() => conversations(page).count()).toBe(2);
      await conversations(page).first().focus();
      await page.keyboard.press('Enter');
      const messages = page.getByRole('list', { name: 'Messages' }).getByRole('listitem');
      await expect.poll(() => messages.count()).toBeGreaterThan(4);
      // Opening moves focus to the thread, so a keyboard user lands on it.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('thread');
      await screenshot(page, 'long-thread');
    } finally {
      await page.close();
    }
  });

  it('sending a message issues a request the mock validates, and shows it in the thread', async () => {
    const page = await openInbox();
    try {
      await page.getByRole('button', { name: /Maria Lopez/ }).click();
      await page.getByRole('textbox', { name: 'Message' }).fill('See you Tuesday at 10!');
      const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/conversations/messages'));
      const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/conversations/messages'));
      await page.getByRole('button', { name: 'Send' }).click();
      const request = await sent;
      expect(request.postDataJSON()).toEqual({ type: 'SMS', contactId: '9NkT25Vor1v4aQatFsv2', message: 'See you Tuesday at 10!' });
      const response = await answered;
      // Prism validates the body against the spec and would answer 422 for a bad one.
      expect([200, 201]).toContain(response.status());
      expect(response.headers()['sl-violations']).toBeUndefined();
      await page.locator('#send-status').getByText(/^Sent/).waitFor();
      const messages = page.getByRole('list', { name: 'Messages' }).getByRole('listitem');
      expect(await messages.last().textContent()).toContain('See you Tuesday at 10!');
      expect(await page.getByRole('textbox', { name: 'Message' }).inputValue()).toBe('');
      await screenshot(page, 'sent');
    } finally {
      await page.close();
    }
  });

  it('refuses to send an empty message without a request', async () => {
    const page = await openInbox();
    try {
      await page.getByRole('button', { name: /Maria Lopez/ }).click();
      await page.getByRole('list', { name: 'Messages' }).getByRole('listitem').first().waitFor();
      let posted = 0;
      page.on('request', (r) => {
        if (r.method() === 'POST') posted++;
      });
      await page.getByRole('textbox', { name: 'Message' }).fill('   ');
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByText('Nothing to send').waitFor();
      expect(posted).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('the inbox error states', () => {
  const cases = [
    { name: '401', params: { prefer: 'code=401' }, title: 'You are signed out', where: 'list' },
    { name: '429', params: { prefer: 'code=429' }, title: 'Too many requests', where: 'list' },
    { name: '404', params: { preferThread: 'code=404' }, title: 'Not found', where: 'thread' },
  ] as const;

  for (const c of cases) {
    it(`shows the ${c.name} message`, async () => {
      const page = await openInbox(c.params);
      try {
        if (c.where === 'thread') await page.getByRole('button', { name: /Maria Lopez/ }).click();
        const alert = page.getByRole('alert');
        await alert.waitFor();
        expect(await alert.textContent()).toContain(c.title);
        expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
        // The token never reaches the page.
        expect(await page.content()).not.toContain('mock-token');
        await screenshot(page, `error-${c.name}`);
      } finally {
        await page.close();
      }
    });
  }

  it('429 says when to try again (Retry-After)', async () => {
    const page = await openInbox({ prefer: 'code=429' });
    try {
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/Try again in \d+ s|Try again in a moment/);
    } finally {
      await page.close();
    }
  });

  it('a send refused with 429 is shown and not sent again', async () => {
    const page = await openInbox({ preferSend: 'code=429' });
    try {
      await page.getByRole('button', { name: /Maria Lopez/ }).click();
      let posted = 0;
      page.on('request', (r) => {
        if (r.method() === 'POST') posted++;
      });
      await page.getByRole('textbox', { name: 'Message' }).fill('Hello?');
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByRole('alert').filter({ hasText: 'Too many requests' }).waitFor();
      // The text stays, so the person can send it again themselves.
      expect(await page.getByRole('textbox', { name: 'Message' }).inputValue()).toBe('Hello?');
      expect(posted).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('shows the network state when the API does not answer, and recovers with Try again', async () => {
    const stopped = await startMock();
    const url = stopped.url;
    await stopped.close();
    const page = await openInbox({ api: url });
    try {
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Cannot reach the API');
      expect(await alert.textContent()).toContain(url);
      await screenshot(page, 'error-network');
      // The API comes back on the same port: Try again loads the list.
      const back = await startMock({ port: stopped.port });
      try {
        await alert.getByRole('button', { name: 'Try again' }).click();
        await expect.poll(() => conversations(page).count()).toBe(2);
        expect(await page.getByRole('alert').count()).toBe(0);
      } finally {
        await back.close();
      }
    } finally {
      await page.close();
    }
  });

  it('shows a loading state until the conversations arrive', async () => {
    // The search answer is held until the loading state has been checked (was: a mock slowed by
    // 1.5 s, which a loaded machine could spend before the check, so the answer came first).
    const page = await browser.context.newPage();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname.endsWith('/conversations/search'),
      async (route) => {
        if (route.request().method() !== 'OPTIONS') await released;
        await route.continue();
      },
    );
    try {
      await page.goto(`${app.url}/?${new URLSearchParams({ api: mock.url })}`);
      await page.getByText('Loading conversations…').waitFor();
      expect(await page.getByRole('list', { name: 'Conversations' }).getAttribute('aria-busy')).toBe('true');
      await screenshot(page, 'loading');
      release();
      await expect.poll(() => conversations(page).count()).toBe(2);
      expect(await page.getByRole('list', { name: 'Conversations' }).getAttribute('aria-busy')).toBeNull();
    } finally {
      release();
      await page.close();
    }
  });
});

describe('the inbox against the stateful mock (one store per test)', () => {
  /** Opens the inbox on the stateful mock, in the store `store`. */
  async function openStateful(store: string): Promise<Page> {
    return openInbox({ api: statefulMock.url, mockStore: store });
  }
  const thread = (page: Page) => page.getByRole('list', { name: 'Messages' }).getByRole('listitem');
  const maria = (page: Page) => page.getByRole('button', { name: /Maria Lopez/ });

  it('a sent message is in the thread, and still there after a reload', async () => {
    const page = await openStateful('inbox-send');
    try {
      await maria(page).click();
      await expect.poll(() => thread(page).count()).toBe(4);
      await page.getByRole('textbox', { name: 'Message' }).fill('Your appointment is confirmed.');
      await page.getByRole('button', { name: 'Send' }).click();
      await page.locator('#send-status').getByText(/^Sent/).waitFor();
      expect(await thread(page).last().textContent()).toContain('Your appointment is confirmed.');

      await page.reload();
      await maria(page).click();
      await expect.poll(() => thread(page).count()).toBe(5);
      expect(await thread(page).last().textContent()).toContain('Your appointment is confirmed.');
      // The list shows it as the conversation's last message too.
      expect(await maria(page).textContent()).toContain('Your appointment is confirmed.');
    } finally {
      await page.close();
    }
  });

  it('opening an unread conversation clears its unread mark through the API; it stays cleared after a reload', async () => {
    const page = await openStateful('inbox-read');
    try {
      await expect.poll(() => maria(page).textContent()).toContain('1 unread');
      const marked = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/conversations/tDtDnQdgm2LXpyiqYvZ6'));
      await maria(page).click();
      expect((await marked).status()).toBe(200);
      await expect.poll(() => maria(page).textContent()).not.toContain('unread');

      await page.reload();
      await expect.poll(() => conversations(page).count()).toBe(2);
      expect(await maria(page).textContent()).not.toContain('unread');
    } finally {
      await page.close();
    }
  });

  it("a customer's simulated reply shows up with Refresh messages", async () => {
    const page = await openStateful('inbox-reply');
    try {
      await maria(page).click();
      await expect.poll(() => thread(page).count()).toBe(4);
      await statefulMock.simulateReply({ store: 'inbox-reply', conversationId: 'tDtDnQdgm2LXpyiqYvZ6', body: 'Could we move it to 11:30?' });
      await page.getByRole('button', { name: 'Refresh messages' }).click();
      await expect.poll(() => thread(page).count()).toBe(5);
      expect(await thread(page).last().textContent()).toContain('Could we move it to 11:30?');
      expect(await thread(page).last().getAttribute('class')).toContain('message-inbound');
      await screenshot(page, 'stateful-reply');
    } finally {
      await page.close();
    }
  });
});
