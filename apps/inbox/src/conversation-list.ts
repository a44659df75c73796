import type { ConversationSearchItem, LeadwayClient, SearchConversationsResponse } from '@leadway/client';
import { describeError } from './error-text.js';
import { channelLabel, contactLabel, formatDate, searchableText } from './format.js';
import { type InboxSettings, preferHeaders } from './settings.js';
import { StatusRegion } from './status-region.js';

export interface ConversationListElements {
  list: HTMLUListElement;
  status: HTMLElement;
  loadMore: HTMLButtonElement;
  searchForm: HTMLFormElement;
  searchInput: HTMLInputElement;
}

/**
 * The searchable, paginated list of a location's conversations. Typing filters the pages already
 * loaded; submitting the search asks the API again with `query`. Pages come from
 * `client.conversations.searchAll().pages()`, one per "Load more".
 */
export class ConversationList {
  private items: ConversationSearchItem[] = [];
  private pages: AsyncIterator<SearchConversationsResponse> | undefined;
  private selectedId: string | undefined;
  private readonly status: StatusRegion;
  /** Bumped per new search, so a late page of an older search is dropped. */
  private generation = 0;

  constructor(
    private readonly client: LeadwayClient,
    private readonly settings: InboxSettings,
    private readonly elements: ConversationListElements,
    private readonly onOpen: (item: ConversationSearchItem) => void,
  ) {
    this.status = new StatusRegion(elements.status, elements.list);
    elements.searchForm.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.load(elements.searchInput.value.trim());
    });
    elements.searchInput.addEventListener('input', () => this.render());
    elements.loadMore.addEventListener('click', () => void this.nextPage());
  }

  /** Starts a new search (empty `query`: every conversation) and shows its first page. */
  async load(query = ''): Promise<void> {
    this.generation++;
    this.items = [];
    this.render();
    const params = { locationId: this.settings.locationId, limit: this.settings.pageSize, ...(query ? { query } : {}) };
    this.pages = this.client.conversations.searchAll(params, preferHeaders(this.settings.prefer.list)).pages()[Symbol.asyncIterator]();
    await this.nextPage();
  }

  private async nextPage(): Promise<void> {
    const pages = this.pages;
    if (!pages) return;
    const generation = this.generation;
    this.elements.loadMore.hidden = true;
    this.status.loading(this.items.length ? 'Loading more conversations…' : 'Loading conversations…');
    try {
      const next = await pages.next();
      if (generation !== this.generation) return;
      if (next.done) {
        this.pages = undefined;
      } else {
        const known = new Set(this.items.map((item) => item.id));
        this.items.push(...next.value.conversations.filter((item) => !known.has(item.id)));
        // A page shorter than the page size is the last: do not offer a request that returns nothing.
        if (next.value.conversations.length < this.settings.pageSize) this.pages = undefined;
      }
      this.status.clear();
      this.render();
    } catch (error) {
      if (generation !== this.generation) return;
      this.pages = undefined;
      this.render();
      this.status.error(describeError(error, 'the conversations', this.settings.baseUrl), () => void this.load(this.elements.searchInput.value.trim()));
    }
  }

  /**
   * Marks a conversation read through the API (`unreadCount: 0`) and clears its unread mark; when
   * the API refuses, the mark comes back and the list says why.
   */
  async markRead(item: ConversationSearchItem): Promise<void> {
    const unread = item.unreadCount;
    item.unreadCount = 0;
    this.render();
    try {
      await this.client.conversations.update(item.id, { locationId: item.locationId, unreadCount: 0 });
    } catch (error) {
      item.unreadCount = unread;
      this.render();
      this.status.error(describeError(error, 'the conversation', this.settings.baseUrl));
    }
  }

  /** Marks the open conversation in the list. */
  select(id: string): void {
    this.selectedId = id;
    this.render();
  }

  private render(): void {
    const filter = this.elements.searchInput.value.trim().toLowerCase();
    const shown = filter ? this.items.filter((item) => searchableText(item).includes(filter)) : this.items;
    this.elements.list.replaceChildren(...shown.map((item) => this.renderItem(item)));
    this.elements.loadMore.hidden = this.pages === undefined || this.items.length === 0;
    if (this.elements.list.getAttribute('aria-busy') === 'true') return;
    if (this.items.length > 0 && shown.length === 0) this.status.empty(`No loaded conversation matches “${filter}”. Press Search to ask the API.`);
    else if (this.items.length === 0 && this.pages === undefined && !this.elements.status.querySelector('[role=alert]'))
      this.status.empty('No conversations yet.');
    else if (shown.length > 0) this.status.clear();
  }

  private renderItem(item: ConversationSearchItem): HTMLLIElement {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'conversation';
    button.dataset.conversationId = item.id;
    if (item.id === this.selectedId) button.setAttribute('aria-current', 'true');
    const unread = item.unreadCount ?? 0;

    const name = document.createElement('span');
    name.className = 'conversation-name';
    name.textContent = contactLabel(item);
    const meta = document.createElement('span');
    meta.className = 'conversation-meta';
    const channel = document.createElement('span');
    channel.className = 'channel';
    channel.textContent = channelLabel(item.type);
    meta.append(channel);
    if (item.starred) {
      const star = document.createElement('span');
      star.className = 'starred';
      star.textContent = '★ Starred';
      meta.append(star);
    }
    if (unread > 0) {
      const badge = document.createElement('span');
      badge.className = 'unread';
      badge.textContent = `${unread} unread`;
      meta.append(badge);
    }
    const preview = document.createElement('span');
    preview.className = 'conversation-preview';
    preview.textContent = item.lastMessageBody || 'No message text';
    const date = document.createElement('span');
    date.className = 'conversation-date';
    date.textContent = formatDate(item.lastMessageDate);

    button.append(name, meta, preview, date);
    button.setAttribute(
      'aria-label',
      [contactLabel(item), channelLabel(item.type), item.starred ? 'starred' : '', unread > 0 ? `${unread} unread` : '', item.lastMessageBody ?? '']
        .filter(Boolean)
        .join(', '),
    );
    button.addEventListener('click', () => this.onOpen(item));
    li.append(button);
    return li;
  }
}
