/**
 * The runtime description of an operation, as `pnpm generate` writes it from the spec into
 * `src/generated/operations.ts`. Every fact here is read from the spec; nothing is set by hand.
 */
import type { Check } from './rule-checks.js';

/** One parameter of an operation. */
export interface ParameterSpec {
  /** Header parameters are not in the table: the client sets its headers itself (see `version`). */
  readonly in: 'path' | 'query';
  readonly name: string;
  readonly required: boolean;
  /** The parameter's schema, compiled to a check (see rule-checks.ts). */
  readonly check: Check;
  /** A query array sent as one comma-separated value (`explode: false` in the spec) instead of repeated. */
  readonly explode?: false;
}

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

/** What the spec says about one operation. */
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
  /** Where it sits on `createLeadwayClient()`: `group.method` (`x-leadway-client` in the spec). */
  readonly client?: string;

  readonly parameters: readonly ParameterSpec[];
  readonly body?: {
    readonly contentType: string;
    readonly required: boolean;
    /** The body's schema, compiled to a check (see rule-checks.ts). */
    readonly check: Check;
    /** A `multipart/form-data` body: the form's fields, as the spec's `properties` name them. */
    readonly properties?: readonly string[];
  };
  /** The success statuses. */
  readonly success: readonly number[];
  /** The success content type (`application/json`, `audio/x-wav`, ...), absent for an empty answer. */
  readonly responseType?: string;
  /** The array field a success body must hold (a page's items), from `x-leadway-pagination`. */
  readonly responseArray?: string;
  readonly pagination?: PaginationSpec;
}
