import type { SpecOperations } from '../load-operations.js';

type Operation = SpecOperations[number];

/** The operation of the spec with this operationId. */
export function operationById(operations: SpecOperations, operationId: string): Operation | undefined {
  return operations.find((operation) => operation.iid === operationId);
}

/** The JSON schema of an operation's `status` answer (application/json), or undefined when it declares none. */
export function responseSchema(operation: Operation, status: number): object | undefined {
  const response = operation.responses.find((r) => r.code === String(status)) ?? operation.responses.find((r) => r.code === `${String(status)[0]}XX`);
  const content = response?.contents?.find((c) => c.mediaType === 'application/json');
  return content?.schema as object | undefined;
}

/** The value of an operation's first example of its `status` answer. */
export function firstExample(operation: Operation, status: number): unknown {
  const response = operation.responses.find((r) => r.code === String(status));
  const example = response?.contents?.find((c) => c.mediaType === 'application/json')?.examples?.[0] as { value?: unknown } | undefined;
  return example?.value;
}

/** `schema.properties[name]...` followed step by step; undefined when a step is missing. */
export function subschema(schema: object | undefined, ...steps: string[]): object | undefined {
  let node: unknown = schema;
  for (const step of steps) node = (node as Record<string, unknown> | undefined)?.[step];
  return node && typeof node === 'object' ? node : undefined;
}

/**
 * The schemas of a stored record, read from the answers that carry them: a conversation is a
 * search item (`searchConversations` 200, `conversations[]`), a message is an export item
 * (`exportMessages` 200, `messages[]`). None of them is restated here.
 */
export function recordSchemas(operations: SpecOperations): { conversation: object; message: object } {
  const search = operationById(operations, 'searchConversations');
  const exported = operationById(operations, 'exportMessages');
  const conversation = subschema(search && responseSchema(search, 200), 'properties', 'conversations', 'items');
  const message = subschema(exported && responseSchema(exported, 200), 'properties', 'messages', 'items');
  if (!conversation || !message) throw new Error('the spec has no searchConversations or exportMessages 200 answer to take the record schemas from');
  return { conversation, message };
}
