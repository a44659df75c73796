import { MockStartError } from '../errors.js';
import type { SpecOperations } from '../load-operations.js';
import { createWebhookSigningKey } from '../webhooks/signing-key.js';
import { createMessageEvents } from './message-events.js';
import { createSchemaChecker } from './schema-checker.js';
import { loadSeedFile, seedFromExamples } from './seed.js';
import { recordSchemas } from './spec-schemas.js';
import { createStateLayer, type StateLayer } from './state-layer.js';
import type { MockStateOptions } from './state-options.js';

/** Starts the state of a stateful mock: the seed read and checked against the served spec, the events' key. */
export async function startMockState(
  options: MockStateOptions,
  operations: SpecOperations,
  proxying: boolean,
): Promise<{ layer: StateLayer; publicKeyPem: string } | undefined> {
  const stateOnly = (['seedFile', 'webhookUrl'] as const).filter((name) => options[name] !== undefined);
  if (!options.stateful) {
    if (stateOnly.length > 0)
      throw new MockStartError(
        'BAD_OPTION',
        `${stateOnly.join(' and ')} need${stateOnly.length === 1 ? 's' : ''} the stateful mode (stateful: true, --stateful)`,
      );
    return undefined;
  }
  if (proxying) throw new MockStartError('BAD_OPTION', 'the stateful mode and proxy cannot be combined: proxying answers from the real API');
  if (options.webhookUrl !== undefined && !/^https?:\/\//.test(options.webhookUrl)) {
    throw new MockStartError('BAD_OPTION', `webhookUrl must be an http or https URL, got ${options.webhookUrl}`);
  }
  try {
    recordSchemas(operations);
  } catch (cause) {
    throw new MockStartError(
      'SPEC_INVALID',
      `the stateful mode needs the spec's searchConversations, getMessages and exportMessages operations: ${(cause as Error).message}`,
      { cause },
    );
  }
  const seed = options.seedFile === undefined ? seedFromExamples(operations) : await loadSeedFile(options.seedFile, operations, createSchemaChecker());
  const signingKey = options.webhookSigningKey ?? createWebhookSigningKey();
  const events = createMessageEvents({
    ...(options.webhookUrl !== undefined ? { url: options.webhookUrl } : {}),
    signingKey,
    ...(options.onWebhookDelivery ? { onDelivery: options.onWebhookDelivery } : {}),
  });
  return { layer: createStateLayer(seed, events), publicKeyPem: signingKey.publicKeyPem };
}
