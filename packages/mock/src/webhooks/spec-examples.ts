import { readFileSync } from 'node:fs';
import { bundledSpecPath } from '../spec-path.js';
import { WebhookSendError } from './webhook-send-error.js';

/** One example of one event, from the spec's `webhooks` section. */
export interface WebhookExample {
  /** The event name, e.g. `InboundMessage`. */
  event: string;
  /** The example's name in the spec. */
  name: string;
  /** The example's payload, as the spec gives it. */
  payload: Record<string, unknown>;
}

function resolve(doc: any, node: any): any {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string'; hops += 1) {
    if (hops > 32) throw new Error(`$ref chain too long at ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split('/')
      .map((p: string) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((n: any, k: string) => n?.[k], doc);
  }
  return current;
}

/** Every event the spec lists, each with its examples in spec order. */
export function loadWebhookExamples(specPath: string = bundledSpecPath): Map<string, WebhookExample[]> {
  const doc = JSON.parse(readFileSync(specPath, 'utf8'));
  const events = new Map<string, WebhookExample[]>();
  for (const [event, item] of Object.entries<any>(doc.webhooks ?? {})) {
    const operation = resolve(doc, item)?.post;
    const media = resolve(doc, operation?.requestBody)?.content?.['application/json'];
    const examples = Object.entries<any>(media?.examples ?? {}).map(([name, ex]) => ({ event, name, payload: resolve(doc, ex).value }));
    events.set(event, examples);
  }
  return events;
}

/** The example `name` of `event` (the first one when no name is given). */
export function pickWebhookExample(events: Map<string, WebhookExample[]>, event: string, name?: string): WebhookExample {
  const examples = events.get(event);
  if (!examples || examples.length === 0) {
    throw new WebhookSendError('UNKNOWN_EVENT', `the spec has no webhook event "${event}"; it lists ${[...events.keys()].join(', ')}`);
  }
  const example = name === undefined ? examples[0] : examples.find((e) => e.name === name);
  if (!example) {
    throw new WebhookSendError('UNKNOWN_EXAMPLE', `event ${event} has no example "${name}"; it has ${examples.map((e) => e.name).join(', ')}`);
  }
  return example;
}
