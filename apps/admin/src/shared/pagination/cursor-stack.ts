/**
 * Where we are in a keyset-paginated list. The API only knows "the page after this cursor", so going back
 * means remembering the cursors we came through: the stack holds the cursor of every page after the first.
 */
export type CursorStack = readonly string[];

export const FIRST_PAGE: CursorStack = [];

/** The cursor to request the current page with (undefined for the first page). */
export function currentCursor(stack: CursorStack): string | undefined {
  return stack.at(-1);
}

/** 1 for the first page. */
export function pageNumber(stack: CursorStack): number {
  return stack.length + 1;
}

export function nextPage(stack: CursorStack, nextCursor: string): CursorStack {
  return [...stack, nextCursor];
}

export function previousPage(stack: CursorStack): CursorStack {
  return stack.slice(0, -1);
}
