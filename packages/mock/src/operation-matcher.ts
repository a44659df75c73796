import type { SpecOperations } from './load-operations.js';

type Operation = SpecOperations[number];

interface CompiledOperation {
  operation: Operation;
  method: string;
  /** Per path segment: the literal text, or a pattern for a templated one (`{conversationId}`). */
  segments: Array<string | RegExp>;
  concrete: boolean;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Narrows the spec's operations to those a request's method and path can match, by Prism's own
 * rules (segments decoded, then compared; `{name}` matches anything within a segment, a concrete
 * path wins over a templated one). Prism's router re-sorts and re-matches every operation of the
 * spec on each request, most of the time Prism spends per request; handing it only the candidates
 * leaves its choice unchanged. Without a candidate it gets them all, to answer its own 404 or 405.
 */
export function createOperationMatcher(operations: SpecOperations): (method: string, path: string) => Operation[] {
  const compiled: CompiledOperation[] = operations.map((operation) => {
    const segments = operation.path
      .split('/')
      .slice(1)
      .map((segment) => {
        const literal = decodeSegment(segment);
        if (!/{(.+)}/.test(literal)) return literal;
        return new RegExp(escapeRegExp(literal).replace(/\\\{[^\\]+\\\}/g, '(.*)'));
      });
    return { operation, method: operation.method.toLowerCase(), segments, concrete: segments.every((s) => typeof s === 'string') };
  });
  return (method, path) => {
    const wanted = method.toLowerCase();
    const segments = path.split('/').slice(1).map(decodeSegment);
    const concrete: Operation[] = [];
    const templated: Operation[] = [];
    for (const candidate of compiled) {
      if (candidate.method !== wanted || candidate.segments.length !== segments.length) continue;
      let matches = true;
      for (let i = 0; i < segments.length && matches; i++) {
        const pattern = candidate.segments[i]!;
        matches = typeof pattern === 'string' ? pattern === segments[i] : pattern.test(segments[i]!);
      }
      if (matches) (candidate.concrete ? concrete : templated).push(candidate.operation);
    }
    if (concrete.length > 0) return concrete;
    return templated.length > 0 ? templated : operations;
  };
}
