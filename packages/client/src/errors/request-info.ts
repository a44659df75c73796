/** What an error says about the request that failed: never headers, never the token. */
export interface RequestInfo {
  /** HTTP method, e.g. `GET`. */
  method: string;
  /** Path of the request, without host or query (ids are shown encoded). */
  path: string;
  /** The spec's operationId, e.g. `getConversation`. */
  operation?: string;
}

export function describeRequest(info: RequestInfo): string {
  return `${info.method} ${info.path}`;
}

/** The fields every error about a request carries: `method`, `path` and `operation`, in that order. */
export function requestFields(info: RequestInfo): { method: string; path: string; operation: string | undefined } {
  return { method: info.method, path: info.path, operation: info.operation };
}
