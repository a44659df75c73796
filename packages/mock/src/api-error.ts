import type { ServerResponse } from 'node:http';

/** Status texts the mock's own answers use, as the API's gateway writes them in `error`. */
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

/**
 * An error body in the API's own shape (`spec/components/schemas/ApiError.yaml`):
 * `{ statusCode, message, error }`, `message` a string or, for validation failures, an array.
 */
export function apiErrorBody(statusCode: number, message: string | string[]): string {
  return JSON.stringify({ statusCode, message, error: STATUS_TEXT[statusCode] ?? 'Error' });
}

/**
 * Answers with an API-shaped error, unless an answer has already started (then the connection is
 * closed, since a half-sent answer cannot be repaired). `close` also ends the connection after it,
 * for requests whose rest must not be read (an oversize body).
 */
export function sendApiError(
  response: ServerResponse,
  statusCode: number,
  message: string | string[],
  options: { headers?: Record<string, string>; close?: boolean } = {},
): void {
  if (response.headersSent || response.destroyed) {
    response.destroy();
    return;
  }
  const body = apiErrorBody(statusCode, message);
  response.writeHead(statusCode, {
    ...options.headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    ...(options.close ? { connection: 'close' } : {}),
  });
  response.end(body);
}
