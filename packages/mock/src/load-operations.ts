import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { MockStartError } from './errors.js';

/** The operations Prism serves, as read from a spec. */
export type SpecOperations = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>;

/** Reads the spec's operations. @throws MockStartError('SPEC_INVALID') when it cannot be loaded. */
export async function loadOperations(specPath: string): Promise<SpecOperations> {
  let operations: SpecOperations;
  try {
    operations = await getHttpOperationsFromSpec(specPath);
  } catch (cause) {
    throw new MockStartError('SPEC_INVALID', `cannot load the spec at ${specPath}: ${reasonWithoutPath((cause as Error).message, specPath)}`, { cause });
  }
  if (operations.length === 0) throw new MockStartError('SPEC_INVALID', `the spec at ${specPath} has no operations`);
  return operations;
}

/**
 * The parser's reason without its own "Error parsing <file>: " prefixes for the spec file, which
 * the message already names (it repeats them, once per layer); a `$ref`'d file is named once.
 */
function reasonWithoutPath(message: string, specPath: string): string {
  const escaped = specPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return message.replace(new RegExp(`(Error parsing ${escaped}: )+`, 'g'), '').replace(/(Error parsing [^\n]+?: )\1+/g, '$1');
}
