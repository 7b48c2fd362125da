import { describe, expect, it } from 'vitest';
import { currentCursor, FIRST_PAGE, nextPage, pageNumber, previousPage } from './cursor-stack';

describe('cursor stack', () => {
  it('starts on page 1 without a cursor', () => {
    expect(currentCursor(FIRST_PAGE)).toBeUndefined();
    expect(pageNumber(FIRST_PAGE)).toBe(1);
  });

  it('goes forward with each nextCursor and back through the same cursors', () => {
    const third = nextPage(nextPage(FIRST_PAGE, 'c2'), 'c3');
    expect(currentCursor(third)).toBe('c3');
    expect(pageNumber(third)).toBe(3);
    const second = previousPage(third);
    expect(currentCursor(second)).toBe('c2');
    expect(currentCursor(previousPage(second))).toBeUndefined();
  });

  it('stays on the first page when going back from it', () => {
    expect(previousPage(FIRST_PAGE)).toEqual(FIRST_PAGE);
  });
});
