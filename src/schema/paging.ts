// The one paging helper every Relay connection goes through: arguments checked the same way (a page size out
// of range or a cursor this list never handed out is BAD_USER_INPUT, before any query), cursors that are row ids
// (UUIDv7), and a totalCount counted only when a client asks for it.
import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { IdPage } from '../lib/idPage.js';
import { InvalidArgumentError } from './invalidArgument.js';

export interface RelayArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const CURSOR = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkPaging(args: RelayArgs, maxSize: number): void {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && (size < 1 || size > maxSize)) throw new InvalidArgumentError(name, `${name} must be between 1 and ${maxSize}.`);
  }
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor != null && !CURSOR.test(cursor)) {
      throw new InvalidArgumentError(name, `${name} is not a cursor of this list: pass an endCursor or startCursor it returned.`);
    }
  }
}

export async function pageById<Node extends { id: string }>(
  args: RelayArgs,
  sizes: { defaultSize: number; maxSize: number },
  load: (page: IdPage) => Promise<Node[]>,
  count: () => Promise<number>,
) {
  checkPaging(args, sizes.maxSize);
  const page = await resolveCursorConnection(
    { args, toCursor: (node: Node) => node.id, ...sizes },
    ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) => load({ before, after, limit, inverted }),
  );
  return { ...page, totalCount: count };
}
