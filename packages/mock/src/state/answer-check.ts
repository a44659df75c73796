import type { SpecOperations } from '../load-operations.js';
import type { SpecViolation } from '../violations.js';
import type { StateAnswer } from './handler-context.js';
import { type createSchemaChecker, describeViolations } from './schema-checker.js';
import { responseSchema } from './spec-schemas.js';

/**
 * Holds a stateful answer to the spec: its body must validate against the operation's response
 * schema for its status. Answers the violations (none when it may leave), each also as Prism words
 * them for `sl-violations`.
 */
export function checkAnswer(
  checker: ReturnType<typeof createSchemaChecker>,
  operation: SpecOperations[number],
  answer: StateAnswer,
): { lines: string[]; violations: SpecViolation[] } {
  const schema = responseSchema(operation, answer.status);
  const lines = schema
    ? describeViolations(checker.check(schema, answer.body, 'response.body'), 'response.body')
    : [`response: ${operation.method.toUpperCase()} ${operation.path} declares no ${answer.status} JSON answer`];
  return { lines, violations: lines.map((line) => ({ location: ['response'], severity: 'Error', message: line })) };
}
