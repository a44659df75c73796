import type { CallOptions, WithResponse } from './call.js';
import { InvalidInputError } from './errors/invalid-input-error.js';
import { MalformedResponseError } from './errors/malformed-response-error.js';
import { isWellFormedText, typeName } from './validate.js';

/**
 * Options of every `...All()` iterator. The call options (`signal`, `timeoutMs`, `headers`, ...)
 * apply to each page request.
 */
export interface PageIteratorOptions extends CallOptions {
  /** Stop after yielding this many items (`pages()` stops after the page that reaches it). @default unlimited */
  maxItems?: number;
  /** Stop after fetching this many pages. @default unlimited */
  maxPages?: number;
}

/**
 * What an `...All()` iterator returns: iterate it for items (`for await (const c of ...)`), or call
 * `pages()` for whole pages. Nothing is sent until iteration starts; each iteration starts over.
 *
 * It ends at the API's end signal (an empty page, a short page, `nextPage: false` or a null cursor,
 * depending on the list). When the API answers a cursor it has already answered (which would
 * repeat pages forever), it throws `MalformedResponseError` after yielding the pages before.
 */
export interface Paginated<Item, Page> extends AsyncIterable<Item> {
  /** Iterates whole pages instead of items; starts over at the first page each time. */
  pages(): AsyncIterable<Page>;
}

/** How one list pages: fetch a page after a cursor, read its items, and find the next cursor. */
export interface PageSource<Page, Item, Cursor> {
  /** The spec's operationId, for errors. */
  operation: string;
  /** The request path, for errors. */
  path: string;
  /** The cursor the first request sends (the caller's own starting point), if any. */
  first: Cursor | undefined;
  fetch(cursor: Cursor | undefined, options: CallOptions): Promise<WithResponse<Page>>;
  items(page: Page): readonly Item[];
  /**
   * The cursor of the page after `page`, or undefined when `page` is the last. `fail` throws a
   * MalformedResponseError about this page (for a page that cannot be continued).
   */
  next(page: Page, items: readonly Item[], fail: (problem: string) => never): Cursor | undefined;
}

/**
 * Pages through a list. Limits and options are checked here, before anything is sent.
 * @throws InvalidInputError when `maxItems`/`maxPages` is not a positive whole number.
 */
export function paginate<Page, Item, Cursor>(source: PageSource<Page, Item, Cursor>, options: PageIteratorOptions = {}): Paginated<Item, Page> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidInputError('options', `expected an object, got ${typeName(options)}`);
  }
  const { maxItems, maxPages, ...callOptions } = options;
  checkLimit('maxItems', maxItems);
  checkLimit('maxPages', maxPages);
  const itemBudget = maxItems ?? Infinity;
  const pageBudget = maxPages ?? Infinity;

  async function* walk(): AsyncGenerator<{ page: Page; items: readonly Item[] }> {
    const sent = new Set<string>();
    let cursor = source.first;
    let pages = 0;
    let items = 0;
    for (;;) {
      if (cursor !== undefined) sent.add(cursorKey(cursor));
      const { data: page, response } = await source.fetch(cursor, callOptions);
      pages += 1;
      const pageItems = source.items(page);
      yield { page, items: pageItems };
      items += pageItems.length;
      if (pageItems.length === 0 || items >= itemBudget || pages >= pageBudget) return;
      const fail = (problem: string): never => {
        throw new MalformedResponseError({ method: 'GET', path: pathOf(response, source.path), operation: source.operation }, response.status, problem, '');
      };
      const next = source.next(page, pageItems, fail);
      if (next === undefined) return;
      const problem = cursorProblem(next);
      if (problem) fail(problem);
      if (sent.has(cursorKey(next))) {
        fail(`the API answered the cursor ${cursorKey(next).slice(0, 80)} of an earlier page again; stopped instead of repeating pages forever`);
      }
      cursor = next;
    }
  }

  return {
    async *[Symbol.asyncIterator]() {
      let left = itemBudget;
      for await (const { items } of walk()) {
        for (const item of items) {
          if (left <= 0) return;
          left -= 1;
          yield item;
        }
      }
    },
    async *pages() {
      for await (const { page } of walk()) yield page;
    },
  };
}

function checkLimit(field: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new InvalidInputError(field, 'must be a positive whole number');
  }
}

/** Why a cursor the API answered cannot be sent back in a URL, or undefined when it can. */
function cursorProblem(cursor: unknown): string | undefined {
  for (const part of Array.isArray(cursor) ? cursor : [cursor]) {
    if (typeof part === 'number' ? !Number.isFinite(part) : typeof part !== 'string') {
      return `the API answered a cursor holding ${typeName(part)}, which cannot be sent back`;
    }
    if (typeof part === 'string' && !isWellFormedText(part)) {
      return 'the API answered a cursor that is not well-formed text (a lone UTF-16 surrogate), which cannot be sent back';
    }
  }
  return undefined;
}

function cursorKey(cursor: unknown): string {
  return JSON.stringify(cursor);
}

function pathOf(response: Response, fallback: string): string {
  // A Response rebuilt by the transport (buffered body) has no url.
  return URL.canParse(response.url) ? new URL(response.url).pathname : fallback;
}
