import { readFile } from 'node:fs/promises';
import { MockStartError } from '../errors.js';
import type { SpecOperations } from '../load-operations.js';
import { type createSchemaChecker, describeViolations } from './schema-checker.js';
import { firstExample, operationById, recordSchemas } from './spec-schemas.js';
import type { SeedData, StoredConversation, StoredMessage } from './store.js';

type SchemaChecker = ReturnType<typeof createSchemaChecker>;

/**
 * The store's starting data from the spec's own examples: the conversations of the first example
 * of `searchConversations`, and the messages of the first example of `getMessages` (either of its
 * two envelopes) that belong to one of them.
 */
export function seedFromExamples(operations: SpecOperations): SeedData {
  const search = operationById(operations, 'searchConversations');
  const list = operationById(operations, 'getMessages');
  if (!search || !list)
    throw new MockStartError('SPEC_INVALID', "the stateful mode needs the spec's searchConversations and getMessages operations to seed from");
  const conversations = ((firstExample(search, 200) as { conversations?: StoredConversation[] } | undefined)?.conversations ?? []).map((c) =>
    structuredClone(c),
  );
  const page = firstExample(list, 200) as { messages?: unknown } | undefined;
  const nested = page?.messages && !Array.isArray(page.messages) ? (page.messages as { messages?: unknown }).messages : page?.messages;
  const ids = new Set(conversations.map((c) => c.id));
  const messages = (Array.isArray(nested) ? (nested as StoredMessage[]) : []).filter((m) => ids.has(m.conversationId)).map((m) => structuredClone(m));
  return { conversations, messages };
}

/**
 * Reads a seed file: JSON `{ "conversations": [...], "messages": [...] }`, each conversation as a
 * search answer's item and each message as the API's `Message`. Every record is checked against
 * those schemas of the served spec; a bad seed is refused with the file, the JSON path in it and
 * the rule it breaks (`MockStartError('SEED_INVALID')`).
 */
export async function loadSeedFile(file: string, operations: SpecOperations, checker: SchemaChecker): Promise<SeedData> {
  const refuse = (why: string, cause?: unknown) => new MockStartError('SEED_INVALID', `seed file ${file}: ${why}`, cause === undefined ? undefined : { cause });
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw refuse(`cannot be read (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`, cause);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw refuse(`is not JSON: ${(cause as Error).message}`, cause);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw refuse('$: must be an object with "conversations" and "messages" arrays');
  const seed = data as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(seed))
    if (key !== 'conversations' && key !== 'messages') problems.push(`$.${key}: is not a seed property (conversations, messages)`);
  for (const key of ['conversations', 'messages'] as const) {
    if (seed[key] !== undefined && !Array.isArray(seed[key])) problems.push(`$.${key}: must be an array`);
  }
  if (problems.length > 0) throw refuse(problems.join('; '));
  const conversations = (seed.conversations ?? []) as StoredConversation[];
  const messages = (seed.messages ?? []) as StoredMessage[];
  const schemas = recordSchemas(operations);
  for (const [i, c] of conversations.entries()) problems.push(...describeViolations(checker.check(schemas.conversation, c, `$.conversations[${i}]`)));
  for (const [i, m] of messages.entries()) problems.push(...describeViolations(checker.check(schemas.message, m, `$.messages[${i}]`)));
  problems.push(...crossRecordProblems(conversations, messages));
  if (problems.length > 0) throw refuse(problems.slice(0, 20).join('; ') + (problems.length > 20 ? `; and ${problems.length - 20} more` : ''));
  return { conversations, messages };
}

/** What the schemas cannot say: ids are unique, one conversation per contact, messages belong to a conversation. */
function crossRecordProblems(conversations: StoredConversation[], messages: StoredMessage[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const contacts = new Set<string>();
  conversations.forEach((c, i) => {
    if (ids.has(c.id)) problems.push(`$.conversations[${i}].id: ${c.id} is used twice (ids are unique)`);
    if (contacts.has(c.contactId)) problems.push(`$.conversations[${i}].contactId: ${c.contactId} already has a conversation (one per contact)`);
    ids.add(c.id);
    contacts.add(c.contactId);
  });
  const messageIds = new Set<string>();
  messages.forEach((m, i) => {
    if (messageIds.has(m.id)) problems.push(`$.messages[${i}].id: ${m.id} is used twice (ids are unique)`);
    messageIds.add(m.id);
    if (!ids.has(m.conversationId)) problems.push(`$.messages[${i}].conversationId: no conversation ${m.conversationId} in the seed`);
  });
  return problems;
}
