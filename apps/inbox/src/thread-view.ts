import type { ConversationSearchItem, LeadwayClient, Message, MessagesPage } from '@leadway/client';
import { describeError } from './error-text.js';
import { contactLabel, formatDate, messageKindLabel } from './format.js';
import { SEND_MESSAGE_TYPES_FOR_FORM, type SendChannel } from './send-channels.js';
import { type InboxSettings, preferHeaders } from './settings.js';
import { StatusRegion } from './status-region.js';

export interface ThreadElements {
  pane: HTMLElement;
  heading: HTMLElement;
  status: HTMLElement;
  messages: HTMLOListElement;
  older: HTMLButtonElement;
  /** Loads the newest messages again (a reply that arrived since). */
  refresh: HTMLButtonElement;
  form: HTMLFormElement;
  channel: HTMLSelectElement;
  text: HTMLTextAreaElement;
  sendStatus: HTMLElement;
}

/**
 * One conversation: its messages (newest last on screen, pages of older ones on demand) and the
 * form that sends a message to its contact with `client.messages.send()`.
 */
export class ThreadView {
  private conversation: ConversationSearchItem | undefined;
  private messages: Message[] = [];
  private lastMessageId: string | undefined;
  private readonly status: StatusRegion;
  private readonly sendStatus: StatusRegion;
  private sending = false;
  /** Bumped per opened conversation, so a late answer for another one is dropped. */
  private generation = 0;

  constructor(
    private readonly client: LeadwayClient,
    private readonly settings: InboxSettings,
    private readonly elements: ThreadElements,
  ) {
    this.status = new StatusRegion(elements.status, elements.messages);
    this.sendStatus = new StatusRegion(elements.sendStatus, elements.form);
    elements.older.addEventListener('click', () => void this.loadPage(this.lastMessageId));
    elements.refresh.addEventListener('click', () => void this.refresh());
    elements.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
  }

  /** Opens a conversation and loads its newest messages. */
  async open(conversation: ConversationSearchItem): Promise<void> {
    this.generation++;
    this.conversation = conversation;
    this.messages = [];
    this.lastMessageId = undefined;
    this.elements.heading.textContent = contactLabel(conversation);
    this.elements.form.hidden = false;
    this.elements.refresh.hidden = false;
    this.elements.channel.value = channelFor(conversation);
    this.sendStatus.clear();
    this.render();
    this.elements.pane.focus();
    await this.loadPage(undefined);
  }

  /** Shows the newest messages again, keeping the older pages already loaded. */
  private async refresh(): Promise<void> {
    const conversation = this.conversation;
    if (!conversation) return;
    const generation = this.generation;
    try {
      const page = await this.client.messages.list(conversation.id, { limit: 20 }, preferHeaders(this.settings.prefer.thread));
      if (generation !== this.generation) return;
      const known = new Set(this.messages.map((m) => m.id));
      this.messages.unshift(...page.messages.filter((m) => !known.has(m.id)));
      this.status.clear();
      this.render();
    } catch (error) {
      if (generation !== this.generation) return;
      this.status.error(describeError(error, 'this conversation', this.settings.baseUrl), () => void this.refresh());
    }
  }

  private async loadPage(lastMessageId: string | undefined): Promise<void> {
    const conversation = this.conversation;
    if (!conversation) return;
    const generation = this.generation;
    this.elements.older.hidden = true;
    this.status.loading(lastMessageId ? 'Loading older messages…' : 'Loading messages…');
    try {
      const page: MessagesPage = await this.client.messages.list(
        conversation.id,
        { limit: 20, ...(lastMessageId ? { lastMessageId } : {}) },
        preferHeaders(this.settings.prefer.thread),
      );
      if (generation !== this.generation) return;
      const known = new Set(this.messages.map((m) => m.id));
      this.messages.push(...page.messages.filter((m) => !known.has(m.id)));
      this.lastMessageId = page.nextPage && page.lastMessageId && page.lastMessageId !== lastMessageId ? page.lastMessageId : undefined;
      this.status.clear();
      this.render();
      if (this.messages.length === 0) this.status.empty('No messages in this conversation yet.');
    } catch (error) {
      if (generation !== this.generation) return;
      this.render();
      this.status.error(describeError(error, 'this conversation', this.settings.baseUrl), () => void this.loadPage(lastMessageId));
    }
  }

  private async send(): Promise<void> {
    const conversation = this.conversation;
    const text = this.elements.text.value.trim();
    if (!conversation || this.sending) return;
    if (!text) {
      this.sendStatus.error({ title: 'Nothing to send', detail: 'Write a message first.' });
      this.elements.text.focus();
      return;
    }
    const type = this.elements.channel.value as SendChannel;
    this.sending = true;
    const button = this.elements.form.querySelector('button[type=submit]') as HTMLButtonElement;
    button.disabled = true;
    this.sendStatus.loading('Sending…');
    try {
      const sent = await this.client.messages.send({ type, contactId: conversation.contactId, message: text }, preferHeaders(this.settings.prefer.send));
      this.elements.text.value = '';
      this.messages.unshift({
        id: sent.messageId,
        conversationId: sent.conversationId,
        locationId: conversation.locationId,
        contactId: conversation.contactId,
        body: text,
        direction: 'outbound',
        dateAdded: new Date().toISOString(),
        messageType: type === 'Email' ? 'TYPE_EMAIL' : 'TYPE_SMS',
      } as Message);
      this.render();
      this.sendStatus.empty(sent.msg ? `Sent: ${sent.msg}` : 'Sent.');
    } catch (error) {
      // Never re-sent automatically: the person decides, so a message cannot go out twice.
      this.sendStatus.error(describeError(error, 'this contact', this.settings.baseUrl));
    } finally {
      this.sending = false;
      button.disabled = false;
    }
  }

  private render(): void {
    // The API lists newest first; a thread reads oldest first.
    const ordered = [...this.messages].reverse();
    this.elements.messages.replaceChildren(...ordered.map(renderMessage));
    this.elements.older.hidden = this.lastMessageId === undefined;
  }
}

function renderMessage(message: Message): HTMLLIElement {
  const li = document.createElement('li');
  const outbound = message.direction === 'outbound';
  li.className = `message ${outbound ? 'message-outbound' : 'message-inbound'}`;
  const meta = document.createElement('p');
  meta.className = 'message-meta';
  meta.textContent = [outbound ? 'Sent' : 'Received', messageKindLabel(message), formatDate(message.dateAdded)].filter(Boolean).join(' · ');
  const body = document.createElement('p');
  body.className = 'message-body';
  body.textContent = message.body || describeWithoutBody(message);
  li.append(body, meta);
  return li;
}

function describeWithoutBody(message: Message): string {
  const call = (message.meta as { call?: { duration?: number } } | undefined)?.call;
  if (call) return `Call${call.duration ? `, ${call.duration} s` : ''}`;
  if (String(message.messageType) === 'TYPE_EMAIL') return 'Email (open it in the CRM to read the body)';
  return 'No text';
}

/** The send channel that fits the conversation, SMS when unsure. */
function channelFor(conversation: ConversationSearchItem): SendChannel {
  const last = String(conversation.lastMessageType ?? '');
  if (last.includes('EMAIL') || String(conversation.type) === 'TYPE_EMAIL') return 'Email';
  if (last.includes('WHATSAPP')) return 'WhatsApp';
  if (last.includes('LIVE_CHAT')) return 'Live_Chat';
  return SEND_MESSAGE_TYPES_FOR_FORM[0];
}
