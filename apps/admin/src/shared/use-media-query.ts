import { useSyncExternalStore } from 'react';

/**
 * Whether the CSS media query matches now, re-rendering when it changes (a user switching their system to
 * reduced motion or dark mode sees it at once, not after a reload).
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    () => window.matchMedia?.(query).matches ?? false,
  );
}
