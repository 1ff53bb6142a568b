// Relay paging arguments, checked the same way on every connection field: a page size out of range or a cursor
// this list never handed out is an argument error (BAD_USER_INPUT, HTTP 400), before any query runs.
import { InvalidArgumentError } from './invalidArgument.js';

export interface RelayArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

// Every list pages by row id, and ids are UUIDs (v7): a cursor is one of those.
const CURSOR = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkPaging(args: RelayArgs, maxSize: number): void {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && (size < 1 || size > maxSize)) throw new InvalidArgumentError(name, `${name} must be between 1 and ${maxSize}.`);
  }
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor != null && !CURSOR.test(cursor))
      throw new InvalidArgumentError(name, `${name} is not a cursor of this list: pass an endCursor or startCursor it returned.`);
  }
}
