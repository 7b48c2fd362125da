export interface TenderItemFacts {
  id: string;
  quantity: number;
}

export interface QuoteFacts {
  id: string;
  supplierId: string;
  leadTimeDays: number;
  submittedAt: Date;
  /** Unit price per tender item id, in 分; an item left out was not quoted. */
  prices: Map<string, number>;
}

export interface RankedQuote {
  quoteId: string;
  supplierId: string;
  /** Σ unit price × quantity over the items quoted, in 分. */
  total: number;
  leadTimeDays: number;
  compliant: boolean;
  /** Why a quote is not compliant: items missing, lead time too long. */
  nonCompliance: string[];
  /** 1 = the lowest compliant total. */
  rank: number;
}

/** Quotes are sealed until the closing time: before it, nobody may read what was offered. */
export function isSealed(closesAt: Date, now: Date): boolean {
  return now.getTime() < closesAt.getTime();
}

/**
 * Ranks the quotes: compliant ones first (every item priced, lead time within the tender's limit), then by
 * total, then the shorter lead time, then who quoted first — so the ranking never depends on row order.
 */
export function rankQuotes(
  items: TenderItemFacts[],
  quotes: QuoteFacts[],
  maxLeadTimeDays: number | null,
): RankedQuote[] {
  const ranked = quotes.map((quote) => {
    const nonCompliance: string[] = [];
    const missing = items.filter((item) => !quote.prices.has(item.id)).length;
    if (missing > 0) nonCompliance.push(`${missing} of ${items.length} items not quoted`);
    if (maxLeadTimeDays !== null && quote.leadTimeDays > maxLeadTimeDays)
      nonCompliance.push(`lead time ${quote.leadTimeDays} days exceeds the ${maxLeadTimeDays} allowed`);
    const total = items.reduce((sum, item) => sum + (quote.prices.get(item.id) ?? 0) * item.quantity, 0);
    return { quote, total, nonCompliance };
  });
  ranked.sort(
    (a, b) =>
      Number(a.nonCompliance.length > 0) - Number(b.nonCompliance.length > 0) ||
      a.total - b.total ||
      a.quote.leadTimeDays - b.quote.leadTimeDays ||
      a.quote.submittedAt.getTime() - b.quote.submittedAt.getTime() ||
      a.quote.id.localeCompare(b.quote.id),
  );
  return ranked.map((entry, index) => ({
    quoteId: entry.quote.id,
    supplierId: entry.quote.supplierId,
    total: entry.total,
    leadTimeDays: entry.quote.leadTimeDays,
    compliant: entry.nonCompliance.length === 0,
    nonCompliance: entry.nonCompliance,
    rank: index + 1,
  }));
}

export class AwardRuleError extends Error {
  constructor(
    readonly kind: 'no-compliant-quote' | 'unknown-quote' | 'reason-required' | 'not-compliant',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Which quote wins. By default the lowest compliant total; choosing another (or a non-compliant one) takes
 * a written reason, which the tender keeps.
 */
export function chooseAward(
  ranked: RankedQuote[],
  choice: { quoteId?: string; reason?: string },
): { quote: RankedQuote; isLowest: boolean } {
  const lowest = ranked.find((quote) => quote.compliant);
  if (!choice.quoteId) {
    if (!lowest)
      throw new AwardRuleError('no-compliant-quote', 'No quote is compliant: choose one, with a reason');
    return { quote: lowest, isLowest: true };
  }
  const chosen = ranked.find((quote) => quote.quoteId === choice.quoteId);
  if (!chosen) throw new AwardRuleError('unknown-quote', 'The quote is not one of this tender’s');
  const isLowest = chosen.quoteId === lowest?.quoteId;
  if (!isLowest && !choice.reason?.trim())
    throw new AwardRuleError(
      'reason-required',
      chosen.compliant
        ? 'This is not the lowest compliant quote: say why it wins'
        : 'This quote is not compliant: say why it wins',
    );
  return { quote: chosen, isLowest };
}
