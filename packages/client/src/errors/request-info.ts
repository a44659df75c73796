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
