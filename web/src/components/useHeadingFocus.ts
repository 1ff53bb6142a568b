// Moves keyboard and screen-reader focus to a screen's heading when the screen opens, as a page load would.
import { useEffect, useRef } from 'react';

export function useHeadingFocus<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
