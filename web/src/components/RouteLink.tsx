// A real link (it opens in a new tab, shows its address) that moves within the picker without a page load.
import type { ReactNode } from 'react';
import { hrefFor, navigate } from '../navigation';

export function RouteLink({ connectionId, children }: { connectionId: string | null; children: ReactNode }) {
  return (
    <a
      href={hrefFor(connectionId)}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(connectionId);
      }}
    >
      {children}
    </a>
  );
}
