/**
 * The runtime description of an operation, as `pnpm generate` writes it from the spec into
 * `src/generated/operations.ts`. Every fact here is read from the spec; nothing is set by hand. An
 * entry holds only what its operation has: a field that would say "none" (no query parameters, no
 * required one, no body) is left out, and so is one that says what most operations do (its
 * `@default`: a success of [200], JSON answers, a JSON body that is required).
 */
import type { Check } from './rule-checks.js';

/** How a list operation pages (`x-leadway-pagination` in the spec). */
export interface PaginationSpec {
  /**
   * `keyset`: the next cursor is a field of the page's last item, and a page shorter than the limit
   * is the last. `cursor`: the next cursor is a field of the page, and the walk ends when it is absent
   * (or when the page's `more` field is not true).
   */
  readonly style: 'keyset' | 'cursor';
  /** The query parameter that carries the cursor. */
  readonly cursorParam: string;
  /** Where the cursor comes from: a field of the last item (`keyset`) or of the page (`cursor`). */
  readonly cursorFrom: string;
  /** A field of the last item the cursor is read from when `cursorFrom` gives none. */
  readonly cursorFallback?: string;
  /** The page field holding the items. */
  readonly items: string;
  /** `cursor` style: the page field that says whether another page follows. */
  readonly more?: string;
  /** The query parameter holding the page size. */
  readonly limitParam?: string;
  /** The page size the API uses when none is given. */
  readonly defaultLimit?: number;
}

/** The request body of an operation. */
export interface BodySpec {
  /** @default 'application/json' */
  readonly contentType?: string;
  /** @default true */
  readonly required?: boolean;
  /** The body's schema, compiled to a check (see rule-checks.ts). */
  readonly check: Check;
  /** A `multipart/form-data` body: the form's fields, as the spec's `properties` name them. */
  readonly properties?: readonly string[];
}

/**
 * What the spec says about one operation. Where it sits on `createLeadwayClient()`
 * (`x-leadway-client`) is not here: only the generated groups need it, and they are written from it.
 */
export interface OperationSpec {
  /** The spec's `operationId`. */
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path template, e.g. `/conversations/{conversationId}`. */
  readonly path: string;
  /** Whether a failed attempt may be sent again (`x-leadway-retryable` in the spec). */
  readonly retryable: boolean;
  /** A `Version` the operation must be sent with, when the spec allows only one. */
  readonly version?: string;

  /**
   * The path parameters, each name with its check (the parameter's schema compiled, see
   * rule-checks.ts), in the spec's order. A path parameter is always required. Checked before the
   * query parameters. Header parameters are not in the table: the client sets its headers itself
   * (see `version`).
   */
  readonly pathParameters?: Readonly<Record<string, Check>>;
  /** The query parameters, each name with its check, in the spec's order. */
  readonly query?: Readonly<Record<string, Check>>;
  /** The query parameters the spec marks `required` (the others may be left out). */
  readonly requiredQuery?: readonly string[];
  /**
   * The query arrays sent as one comma-separated value (`explode: false` in the spec) instead of
   * repeated (`a=1&a=2`, OpenAPI's default).
   */
  readonly joined?: readonly string[];
  readonly body?: BodySpec;
  /** The success statuses. @default [200] */
  readonly success?: readonly number[];
  /** The success content type (`audio/x-wav`, ...), null for an empty answer. @default 'application/json' */
  readonly responseType?: string | null;
  /** How the list pages; a success body must hold its `items` array. */
  readonly pagination?: PaginationSpec;
}
