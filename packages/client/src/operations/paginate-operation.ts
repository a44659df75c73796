import type { ApiContext } from '../call.js';
import { isJsonObject } from '../call.js';
import { type PageIteratorOptions, type Paginated, paginate } from '../pagination.js';
import { checkOperationInput } from './check-operation-input.js';
import { type InvokeExpectation, invokeOperation, type OperationInput } from './invoke-operation.js';
import type { OperationSpec, PaginationSpec } from './operation-spec.js';
import type { Check } from './rule-checks.js';

/**
 * Every page of a list operation, as its table entry's `pagination` (the spec's
 * `x-leadway-pagination`) describes it: the cursor parameter, where the next cursor comes from, the
 * page's items and when the list ends. The arguments are checked at once; nothing is sent until
 * iteration starts. `expect` reads each page (an envelope), as the single-page function does.
 * @throws InvalidInputError at once when an argument or an iterator option is refused
 */
export function paginateOperation<Item, Page>(
  api: ApiContext,
  operation: OperationSpec,
  input: OperationInput,
  options?: PageIteratorOptions,
  expect?: InvokeExpectation,
): Paginated<Item, Page> {
  const spec = operation.pagination!;
  const checked = checkOperationInput(operation, input);
  const query = checked.query ?? {};
  const cursorCheck = operation.query![spec.cursorParam]!;
  const limit = Number(query[spec.limitParam ?? ''] ?? spec.defaultLimit ?? Infinity);
  return paginate<Page, Item, unknown>(
    {
      operation: operation.id,
      path: operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(checked.path[name] ?? '')),
      first: query[spec.cursorParam],
      fetch: (cursor, callOptions) =>
        invokeOperation<Page>(
          api,
          operation,
          checkOperationInput,
          { ...input, query: cursor === undefined ? query : { ...query, [spec.cursorParam]: cursor } },
          callOptions,
          expect,
        ),
      items: (page) => (page as Record<string, Item[]>)[spec.items]!,
      next: (page, items, fail) => {
        const cursor = nextCursor(spec, page as Record<string, unknown>, items, limit, fail);
        if (cursor === undefined) return undefined;
        const sent = asCursor(cursor, cursorCheck);
        const violation = cursorCheck(sent, spec.cursorParam);
        if (violation) fail(`the API answered a ${spec.cursorParam} that cannot be sent back (${violation.problem})`);
        return sent;
      },
    },
    options,
  );
}

/**
 * The cursor of the page after `page`, or undefined at the end: `keyset` ends at a page shorter
 * than the limit and reads `cursorFrom` on the last item; `cursor` ends when `more` is not true or
 * the page's `cursorFrom` is empty. Either falls back to the last item's `cursorFallback`.
 */
function nextCursor(spec: PaginationSpec, page: Record<string, unknown>, items: readonly unknown[], limit: number, fail: (problem: string) => never): unknown {
  if (spec.style === 'keyset' && items.length < limit) return undefined;
  if (spec.more !== undefined && page[spec.more] !== true) return undefined;
  const last = items[items.length - 1];
  const lastField = (name: string | undefined) => (name !== undefined && isJsonObject(last) ? last[name] : undefined);
  const found = spec.style === 'keyset' ? lastField(spec.cursorFrom) : page[spec.cursorFrom];
  const cursor = isPresent(found) ? found : lastField(spec.cursorFallback);
  if (isPresent(cursor)) return cursor;
  if (spec.style === 'cursor') return undefined;
  const fallback = spec.cursorFallback === undefined ? '' : ` (nor ${spec.cursorFallback})`;
  return fail(`the last item of a full page has no ${spec.cursorFrom} key${fallback}, so the next page cannot be asked for`);
}

const isPresent = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/**
 * The cursor as the cursor parameter takes it: a list is copied (it is sent repeated, one value per
 * element), and a date-time string where the parameter takes a number is sent as epoch milliseconds.
 */
function asCursor(cursor: unknown, check: Check): unknown {
  const fits = (value: unknown) => check(value, '') === undefined;
  if (Array.isArray(cursor)) return [...cursor];
  if (typeof cursor !== 'string' || fits(cursor)) return cursor;
  const ms = /^\d+$/.test(cursor) ? Number(cursor) : Date.parse(cursor);
  return Number.isFinite(ms) && fits(ms) ? ms : cursor;
}
