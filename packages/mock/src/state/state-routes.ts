import type { SpecOperations } from '../load-operations.js';
import { conversationHandlers } from './conversation-handlers.js';
import type { StateHandler } from './handler-context.js';
import { messageHandlers } from './message-handlers.js';
import { answerUpload } from './upload-handler.js';

/** Every operation the store answers, by operationId; the others keep Prism's example answers. */
export const STATE_HANDLERS: Record<string, StateHandler> = { ...conversationHandlers, ...messageHandlers, uploadAttachments: answerUpload };

type Operation = SpecOperations[number];

export interface StateRoute {
  operation: Operation;
  handler: StateHandler;
  params: Record<string, string>;
}

/**
 * Matches a request to a stateful operation by the spec's own paths (a concrete path wins over a
 * templated one, as in Prism), with the path parameters decoded.
 */
export function createStateRouter(operations: SpecOperations): (method: string, path: string) => StateRoute | undefined {
  const routes = operations
    .filter((operation) => STATE_HANDLERS[operation.iid ?? ''] !== undefined)
    .map((operation) => {
      const names: string[] = [];
      const source = operation.path
        .split('/')
        .map((segment) =>
          segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
            names.push(name);
            return '([^/]+)';
          }),
        )
        .join('/');
      return { operation, names, pattern: new RegExp(`^${source}/?$`), concrete: names.length === 0 };
    })
    .sort((a, b) => Number(b.concrete) - Number(a.concrete));
  return (method, path) => {
    for (const route of routes) {
      if (route.operation.method.toLowerCase() !== method.toLowerCase()) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(match[i + 1]!);
      });
      return { operation: route.operation, handler: STATE_HANDLERS[route.operation.iid!]!, params };
    }
    return undefined;
  };
}
