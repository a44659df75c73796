import { createLeadwayClient } from '@leadway/client';
import { ConversationList } from './conversation-list.js';
import { describeError } from './error-text.js';
import { PaneSwitch } from './pane-switch.js';
import { fetchForSettings, readSettings } from './settings.js';
import { ThreadView } from './thread-view.js';
import './style.css';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

const settings = readSettings(window.location.search, import.meta.env as Record<string, string | undefined>);
byId('api-note').textContent = `API: ${settings.baseUrl}`;

try {
  // No automatic retries: the page shows the error at once and offers "Try again".
  const client = createLeadwayClient({ token: settings.token, baseUrl: settings.baseUrl, retry: false, pacing: false, fetch: fetchForSettings(settings) });
  const thread = new ThreadView(client, settings, {
    pane: byId('thread'),
    heading: byId('thread-heading'),
    status: byId('thread-status'),
    messages: byId('message-list'),
    older: byId('older-messages'),
    refresh: byId('refresh-thread'),
    form: byId('send-form'),
    channel: byId('send-channel'),
    text: byId('send-text'),
    sendStatus: byId('send-status'),
  });
  const panes = new PaneSwitch(byId('layout'), byId('conversation-list'), byId('back-to-list'));
  const list = new ConversationList(
    client,
    settings,
    {
      list: byId('conversation-list'),
      status: byId('list-status'),
      loadMore: byId('load-more'),
      searchForm: byId('search-form'),
      searchInput: byId('search-input'),
    },
    (item) => {
      list.select(item.id);
      panes.showThread();
      void thread.open(item);
      // Opening a conversation reads it: the API is told, so the mark stays cleared after a reload.
      if ((item.unreadCount ?? 0) > 0) void list.markRead(item);
    },
  );
  void list.load();
} catch (error) {
  // A bad setting (e.g. ?api=not-a-url) is refused by the client before anything is sent.
  const text = describeError(error, 'the settings', settings.baseUrl);
  const status = byId('list-status');
  status.innerHTML = '';
  const box = document.createElement('div');
  box.className = 'state state-error';
  box.setAttribute('role', 'alert');
  box.textContent = `${text.title}: ${text.detail}`;
  status.append(box);
}
