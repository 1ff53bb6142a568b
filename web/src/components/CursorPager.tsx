// Previous/Next over a Relay connection: remembers the cursors of the pages visited, so Previous goes back exactly.
import { useState } from 'react';

export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    isFirst: cursors.length === 1,
    previous: () => setCursors(cursors.slice(0, -1)),
    next: (endCursor: string | null | undefined) => setCursors([...cursors, endCursor ?? null]),
  };
}

interface CursorPagerProps {
  label: string;
  pages: ReturnType<typeof useCursorPages>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export function CursorPager({ label, pages, pageInfo }: CursorPagerProps) {
  if (pages.isFirst && !pageInfo.hasNextPage) return null;
  return (
    <nav aria-label={label} className="pager">
      <button type="button" disabled={pages.isFirst} onClick={pages.previous}>
        Previous page
      </button>
      <button type="button" disabled={!pageInfo.hasNextPage} onClick={() => pages.next(pageInfo.endCursor)}>
        Next page
      </button>
    </nav>
  );
}
