import type { components } from '../generated/openapi.js';
import { LeadwayError, type LeadwayErrorKind } from './leadway-error.js';
import { describeRequest, type RequestInfo, requestFields } from './request-info.js';

/** The API's error body (`{ statusCode, message, error?, traceId? }`), as the spec describes it. */
export type ApiErrorBody = components['schemas']['ApiError'];

/** What an {@link ApiError} is built from: the answer and the request it belongs to. */
export interface ApiErrorInit {
  /** HTTP status of the answer. */
  status: number;
  /** HTTP status text, possibly empty. */
  statusText: string;
  /** The request that got the answer (method, path, operationId; never headers). */
  request: RequestInfo;
  /** Parsed JSON body, or the raw text when the body was not JSON (an HTML error page). */
  body: unknown;
  /** Response headers (lower-case names). */
  headers: Record<string, string>;
}

/** The API answered with a status outside 2xx. Subclasses name the common statuses. */
export class ApiError extends LeadwayError {
  /** `'http'` here; each subclass has its own kind. */
  declare readonly kind: LeadwayErrorKind;
  /** HTTP status of the answer. */
  declare readonly status: number;
  /** HTTP method of the failed request. */
  declare readonly method: string;
  /** Path of the failed request, without host or query (ids encoded). */
  declare readonly path: string;
  /** The spec's operationId of the call (e.g. `getConversation`), when known. */
  declare readonly operation: string | undefined;
  /** The parsed body when it had the API's error shape, else undefined (see `rawBody`). */
  declare readonly body: ApiErrorBody | undefined;
  /** What the server sent: parsed JSON, or text when it was not JSON. */
  declare readonly rawBody: unknown;
  /** The request id (`traceId` of the body); quote it when reporting a problem. */
  declare readonly traceId: string | undefined;
  /** Response headers (lower-case names). */
  declare readonly headers: Record<string, string>;

  /** `hint` ends the message (what to do about it); `kind` is the subclass's. */
  constructor(init: ApiErrorInit, hint = '', kind: LeadwayErrorKind = 'http') {
    const body = isApiErrorBody(init.body) ? init.body : undefined;
    const detail = body ? messageText(body.message) : nonJsonDetail(init.body);
    const traceId = typeof body?.traceId === 'string' ? body.traceId : undefined;
    const trace = traceId ? ` (traceId ${traceId})` : '';
    super(
      `${describeRequest(init.request)} → ${init.status}${init.statusText ? ` ${init.statusText}` : ''}: ${detail}${trace}.${hint ? ` ${hint}` : ''}`,
      undefined,
      {
        kind,
        status: init.status,
        ...requestFields(init.request),
        body,
        rawBody: init.body,
        traceId,
        headers: init.headers,
      },
    );
  }
}

/** The API's error shape: a numeric `statusCode` and a `message` that is a string or a list of strings. */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const { message } = v;
  return typeof v.statusCode === 'number' && (typeof message === 'string' || (Array.isArray(message) && message.every((m) => typeof m === 'string')));
}

function messageText(message: string | string[]): string {
  return Array.isArray(message) ? message.join('; ') : message;
}

/** JSON text of a parsed body for a message; never throws (a hostile body is only described). */
function jsonExcerpt(body: unknown): string {
  try {
    return (JSON.stringify(body) ?? String(typeof body)).slice(0, 120);
  } catch {
    return `(${Array.isArray(body) ? 'an array' : typeof body} that cannot be shown)`;
  }
}

function nonJsonDetail(body: unknown): string {
  if (body === undefined || body === '') return 'no body';
  if (typeof body === 'string') {
    const looksHtml = /^\s*</.test(body);
    return looksHtml ? "an HTML page instead of the API's JSON error (a proxy or gateway answered)" : `non-JSON body ${JSON.stringify(body.slice(0, 120))}`;
  }
  // The upload operations answer `{ status, message }` instead of `{ statusCode, message }`.
  const message = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
  if (typeof message === 'string') return message;
  return `unexpected error body ${jsonExcerpt(body)}`;
}
