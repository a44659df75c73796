import { createInstance, type IHttpConfig, type IHttpRequest, type IHttpResponse, ProblemJsonError } from '@stoplight/prism-http';
import { apiErrorBody } from './api-error.js';
import type { SpecOperations } from './load-operations.js';
import type { MockLogLevel } from './log-level.js';
import { createOperationMatcher } from './operation-matcher.js';
import type { AnswerPreferences } from './prefer-header.js';
import { createPrismLogger } from './prism-logger.js';
import { forwardWithoutRedirects, UpstreamUnreachableError } from './upstream-forwarder.js';
import { memoizedValidators } from './validation-memo.js';
import type { SpecViolation } from './violations.js';

/** What Prism is asked to do: mock from the spec, or forward to a real API and check its answers. */
export interface PrismSettings {
  dynamic: boolean;
  seed?: string;
  logLevel: MockLogLevel;
  /** Forward to this API and validate its answers instead of mocking. */
  upstream?: URL;
}

/** A request as Prism takes it: decoded, its body parsed. */
export interface PrismRequest {
  method: string;
  /** The path, percent-encoded as it came. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, text, or null when there is none. */
  body: unknown;
  preferences: AnswerPreferences;
}

/** Prism's answer, ready to write; or, proxying, the upstream never answered. */
export type PrismAnswer =
  | { kind: 'answer'; status: number; headers: Record<string, string>; body: string | undefined; violations: SpecViolation[] }
  | { kind: 'upstream-unreachable'; reason: string };

/** Prism's HTTP handling called in this process, without a server of its own. */
export interface InProcessPrism {
  answer(request: PrismRequest): Promise<PrismAnswer>;
}

const SEVERITY_NAMES = ['Error', 'Warning', 'Information', 'Hint'] as const;
/** Prism's own limit for the `sl-violations` header, kept so proxies and browsers accept it. @unit characters */
const MAX_VIOLATIONS_HEADER = 8 * 1024 - 100;

function toViolation(prefix: 'request' | 'response') {
  return (detail: { path?: string[]; severity: number; code?: string | number; message: string }): SpecViolation => ({
    location: [prefix, ...(detail.path ?? [])],
    severity: SEVERITY_NAMES[detail.severity] ?? 'Error',
    ...(detail.code !== undefined ? { code: detail.code } : {}),
    message: detail.message,
  });
}

function nameValues(query: URLSearchParams): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const name of new Set(query.keys())) {
    const all = query.getAll(name);
    values[name] = all.length === 1 ? all[0]! : all;
  }
  return values;
}

function isJson(type: string): boolean {
  return type === 'application/json' || /^application\/[^/]+\+json$/.test(type);
}

/** Writes a body as Prism's server does: JSON for JSON media types, text as it is. */
function serialize(body: unknown, contentType: string | undefined): string | undefined {
  if (!contentType && !body) return undefined;
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (isJson(type)) return body === undefined ? undefined : JSON.stringify(body);
  if (typeof body === 'string' || body === undefined) return body;
  if (type.startsWith('text/')) throw new Error('Cannot serialise complex objects as text');
  return JSON.stringify(body);
}

function problemAnswer(error: Error & { status?: number; additional?: { headers?: Record<string, string> } }): PrismAnswer {
  const problem = ProblemJsonError.toProblemJson(error);
  return {
    kind: 'answer',
    status: problem.status,
    headers: { ...error.additional?.headers, 'content-type': 'application/problem+json' },
    body: JSON.stringify(problem),
    violations: [],
  };
}

/**
 * Creates Prism's request handling (routing, security and request validation, mocking or
 * forwarding, response validation) for `operations`, as prism-http-server builds it, with request
 * and response validation on. Mocking, an answer that breaks the spec is Prism's error (500
 * `VIOLATIONS`); proxying, the upstream's answer goes through and its departures are reported.
 */
export function createInProcessPrism(operations: SpecOperations, settings: PrismSettings): InProcessPrism {
  const proxying = settings.upstream !== undefined;
  const logger = createPrismLogger(settings.logLevel);
  const config: IHttpConfig = {
    mock: { dynamic: settings.dynamic, ...(settings.seed ? { seed: settings.seed } : {}) },
    checkSecurity: true,
    validateRequest: true,
    validateResponse: true,
    errors: !proxying,
    upstreamProxy: undefined,
    ...(proxying ? { isProxy: true as const, upstream: settings.upstream! } : { isProxy: false as const }),
  };
  const prism = createInstance(config, { logger, forward: forwardWithoutRedirects, ...memoizedValidators() });
  const candidates = createOperationMatcher(operations);

  return {
    async answer(request) {
      const input: IHttpRequest = {
        method: request.method.toLowerCase() as IHttpRequest['method'],
        url: { path: request.path, baseUrl: request.query.get('__server') ?? undefined, query: nameValues(request.query) },
        headers: request.headers as Record<string, string>,
        body: request.body,
      };
      logger.info({ input }, 'Request received');
      const { code, example, dynamic, seed } = request.preferences;
      const mock = {
        ...config.mock,
        ...(code !== undefined ? { code } : {}),
        ...(example !== undefined ? { exampleKey: example } : {}),
        ...(dynamic !== undefined ? { dynamic } : {}),
        ...(seed !== undefined ? { seed } : {}),
      };
      // A request naming a server (`__server`) is matched against the servers by Prism, over every operation.
      const resources = input.url.baseUrl === undefined ? candidates(input.method, input.url.path) : operations;
      if (!proxying && example !== undefined && resources.length === 1) {
        const unknown = unknownExampleMessage(resources[0]!, example, code);
        if (unknown !== undefined) return apiErrorAnswer(400, unknown);
      }
      const result = await prism.request(input, resources, { ...config, mock })();
      if (result._tag === 'Left') {
        const error = result.left;
        if (error instanceof UpstreamUnreachableError) return { kind: 'upstream-unreachable', reason: error.reason };
        logger.error({ input }, `Request terminated with error: ${error}`);
        return problemAnswer(error);
      }
      const { output, validations } = result.right;
      const violations = [...validations.input.map(toViolation('request')), ...validations.output.map(toViolation('response'))];
      for (const v of violations) {
        const line = `Violation: ${v.location.join('.')} ${v.message}`;
        if (v.severity === 'Error') logger.error({ name: 'VALIDATOR' }, line);
        else if (v.severity === 'Warning') logger.warn({ name: 'VALIDATOR' }, line);
        else logger.info({ name: 'VALIDATOR' }, line);
      }
      const outputErrors = violations.filter((v) => v.location[0] === 'response' && v.severity === 'Error');
      if (config.errors && outputErrors.length > 0) {
        const answer = problemAnswer(
          ProblemJsonError.fromTemplate(
            { type: 'VIOLATIONS', title: 'Request/Response not valid', status: 500 },
            'The answer the spec gives does not match its own schema, so the mock answers this error instead.',
            { validation: outputErrors },
          ),
        );
        if (answer.kind === 'answer') answer.violations = violations;
        return answer;
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries((output as IHttpResponse).headers ?? {})) headers[name.toLowerCase()] = String(value);
      // Mocking a request that fails validation, Prism answers the spec's fixed 422 (or 400) example,
      // unrelated to the request; say instead what is wrong with it, in the API's error shape.
      const requestErrors = violations.filter((v) => v.location[0] === 'request' && v.severity === 'Error' && v.code !== 401);
      const askedForThis = code !== undefined || (example !== undefined && resources.length === 1 && hasExample(resources[0]!, output.statusCode, example));
      if (!proxying && requestErrors.length > 0 && (output.statusCode === 422 || output.statusCode === 400) && !askedForThis) {
        const message = requestErrors.map(describeViolation);
        return {
          kind: 'answer',
          status: output.statusCode,
          headers: { ...headers, 'content-type': 'application/json' },
          body: apiErrorBody(output.statusCode, message),
          violations,
        };
      }
      return { kind: 'answer', status: output.statusCode, headers, body: serialize(output.body, headers['content-type']), violations };
    },
  };
}

/** A request violation as the API's validator words it: the field, then the rule (`body.contactId must be string`). */
function describeViolation(violation: SpecViolation): string {
  const where = violation.location.slice(1);
  const field = where[where.length - 1];
  // Prism's messages name the part and often the field ("Request body must have required property 'x'").
  if (where.length <= 1 || (field !== undefined && violation.message.includes(field))) return violation.message;
  return `${where.join('.')}: ${violation.message}`;
}

function hasExample(operation: SpecOperations[number], status: number, example: string): boolean {
  return operation.responses.some((r) => r.code === String(status) && (r.contents ?? []).some((c) => (c.examples ?? []).some((e) => e.key === example)));
}

function apiErrorAnswer(status: number, message: string): PrismAnswer {
  return { kind: 'answer', status, headers: { 'content-type': 'application/json' }, body: apiErrorBody(status, message), violations: [] };
}

/**
 * When `operation` has no example named `example` (among its `code` answers, when a code is asked
 * too), what to tell the caller: the examples it does have. Undefined when the example exists.
 */
function unknownExampleMessage(operation: SpecOperations[number], example: string, code: number | undefined): string | undefined {
  const known: string[] = [];
  for (const response of operation.responses) {
    if (code !== undefined && response.code !== String(code)) continue;
    for (const content of response.contents ?? []) {
      for (const item of content.examples ?? []) {
        if (item.key === example) return undefined;
        const label = `${item.key} (${response.code})`;
        if (!known.includes(label)) known.push(label);
      }
    }
  }
  const what = `${operation.method.toUpperCase()} ${operation.path}${code !== undefined ? ` with code ${code}` : ''}`;
  return `Prefer: example=${example} is not an example of ${what}; ${known.length > 0 ? `its examples are ${known.join(', ')}` : 'it has no named examples'}.`;
}

/** The `sl-violations` header Prism's server sends, for pages and tools that read it. */
export function violationsHeader(violations: SpecViolation[]): string | undefined {
  if (violations.length === 0) return undefined;
  const value = JSON.stringify(violations);
  return value.length > MAX_VIOLATIONS_HEADER ? `Too many violations! ${value.slice(0, MAX_VIOLATIONS_HEADER)}` : value;
}
