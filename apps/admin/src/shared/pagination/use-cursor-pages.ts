import { useState } from 'react';
import {
  currentCursor,
  FIRST_PAGE,
  nextPage,
  pageNumber,
  previousPage,
  type CursorStack,
} from './cursor-stack';

export interface CursorPages {
  cursor: string | undefined;
  page: number;
  hasPrevious: boolean;
  goToNext(nextCursor: string): void;
  goToPrevious(): void;
}

/**
 * Keyset pagination state for one list. `listKey` identifies the rows being paged (filters, sort, size):
 * when it changes the cursors no longer apply, so paging restarts at the first page.
 */
export function useCursorPages(listKey: string): CursorPages {
  const [paging, setPaging] = useState<{ listKey: string; stack: CursorStack }>({
    listKey,
    stack: FIRST_PAGE,
  });
  const stack = paging.listKey === listKey ? paging.stack : FIRST_PAGE;
  return {
    cursor: currentCursor(stack),
    page: pageNumber(stack),
    hasPrevious: stack.length > 0,
    goToNext: (cursor) => setPaging({ listKey, stack: nextPage(stack, cursor) }),
    goToPrevious: () => setPaging({ listKey, stack: previousPage(stack) }),
  };
}
