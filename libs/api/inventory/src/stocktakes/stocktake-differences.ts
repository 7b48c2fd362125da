export interface CountedLine {
  skuId: string;
  counted: number;
}

export interface BookBalance {
  onHand: number;
  reserved: number;
}

export interface StocktakeDifference {
  skuId: string;
  /** On hand in the books. */
  expected: number;
  counted: number;
  /** counted − expected: what the stocktake movement adds (negative: shrinkage). */
  difference: number;
}

export type StocktakeProblem =
  { index: number; kind: 'duplicate' } | { index: number; kind: 'below-reserved'; reserved: number };

/**
 * Compares a count with the books. A SKU the books never held counts from zero. A count below what orders
 * hold reserved cannot be booked: those orders would then ship goods that are not there, so someone must
 * release them first.
 */
export function stocktakeDifferences(
  lines: readonly CountedLine[],
  books: (skuId: string) => BookBalance | undefined,
): { differences: StocktakeDifference[]; problems: StocktakeProblem[] } {
  const seen = new Set<string>();
  const problems: StocktakeProblem[] = [];
  const differences: StocktakeDifference[] = [];
  lines.forEach((line, index) => {
    if (seen.has(line.skuId)) {
      problems.push({ index, kind: 'duplicate' });
      return;
    }
    seen.add(line.skuId);
    const book = books(line.skuId) ?? { onHand: 0, reserved: 0 };
    if (line.counted < book.reserved)
      problems.push({ index, kind: 'below-reserved', reserved: book.reserved });
    differences.push({
      skuId: line.skuId,
      expected: book.onHand,
      counted: line.counted,
      difference: line.counted - book.onHand,
    });
  });
  return { differences, problems };
}
