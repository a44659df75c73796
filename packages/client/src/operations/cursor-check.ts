import type { PageSource } from '../pagination.js';
import { violationOf } from './check-value.js';
import type { OperationSpec } from './operation-spec.js';

/**
 * Wraps a page source's `next` so the cursor the API answered must fit the spec's rule for the
 * cursor parameter (`x-leadway-pagination.cursorParam`) before it is sent back: one that does not (a
 * path or a number where an id is due) ends the walk with a
 * MalformedResponseError about that page, never an InvalidInputError blaming the caller.
 */
export function withCursorCheck<Page, Item, Cursor>(operation: OperationSpec, next: PageSource<Page, Item, Cursor>['next']): PageSource<Page, Item, Cursor>['next'] {
  const name = operation.pagination!.cursorParam;
  const rule = operation.parameters.find((p) => p.in === 'query' && p.name === name)!.schema;
  return (page, items, fail) => {
    const cursor = next(page, items, fail);
    if (cursor === undefined) return undefined;
    const violation = violationOf(cursor, rule, name);
    if (violation) fail(`the API answered a ${name} that cannot be sent back (${violation.problem})`);
    return cursor;
  };
}
