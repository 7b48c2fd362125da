import type { SkuSummary } from '@zhanggui/api-catalog';
import type {
  OpenedQuoteResponse,
  SealedQuoteResponse,
  TenderComparisonResponse,
  TenderResponse,
  TenderSummary,
  TenderViewStatus,
} from './dto/tender.dto';
import type { OpenedQuote } from './tender-quotes.service';
import type { TenderItem } from './tender-item.entity';
import type { TenderQuote } from './tender-quote.entity';
import type { RankedQuote } from './tender-rules';
import type { TenderDetail, TenderOverview } from './tenders.service';

/** What a quote shows while sealed: who and when, nothing offered. */
export function sealedQuote(
  quote: TenderQuote,
  attachmentCount: number,
  sealed: boolean,
): SealedQuoteResponse {
  return {
    id: quote.id,
    tenderId: quote.tenderId,
    supplierId: quote.supplierId,
    submittedAt: quote.submittedAt.toISOString(),
    attachmentCount,
    sealed,
  };
}

/** What a list shows of a tender; counts only, so nothing of a quote can leak from a list. */
export function tenderSummary(overview: TenderOverview, status: TenderViewStatus): TenderSummary {
  const { tender } = overview;
  return {
    id: tender.id,
    number: tender.number,
    title: tender.title,
    warehouseId: tender.warehouseId,
    closesAt: tender.closesAt.toISOString(),
    maxLeadTimeDays: tender.maxLeadTimeDays,
    status,
    sealed: overview.sealed,
    itemCount: overview.itemCount,
    invitedCount: overview.invitedCount,
    quoteCount: overview.quoteCount,
    awardedQuoteId: tender.awardedQuoteId,
    purchaseOrderId: tender.purchaseOrderId,
    version: tender.version,
    createdAt: tender.createdAt.toISOString(),
  };
}

export function tenderResponse(
  detail: TenderDetail,
  status: TenderViewStatus,
  skus: Map<string, SkuSummary>,
): TenderResponse {
  const overview: TenderOverview = {
    tender: detail.tender,
    sealed: detail.sealed,
    itemCount: detail.items.length,
    invitedCount: detail.supplierIds.length,
    quoteCount: detail.quotes.length,
  };
  return {
    ...tenderSummary(overview, status),
    items: detail.items.map((item) => ({
      id: item.id,
      lineNo: item.lineNo,
      skuId: item.skuId,
      skuCode: skus.get(item.skuId)?.code ?? null,
      skuName: skus.get(item.skuId)?.name ?? null,
      quantity: item.quantity,
    })),
    supplierIds: detail.supplierIds,
    quotes: detail.quotes.map(({ quote, attachmentCount }) =>
      sealedQuote(quote, attachmentCount, detail.sealed),
    ),
    awardReason: detail.tender.awardReason,
  };
}

export function openedQuoteResponse(
  { quote, lines, attachments }: OpenedQuote,
  items: TenderItem[],
): OpenedQuoteResponse {
  const quantities = new Map(items.map((item) => [item.id, item.quantity]));
  return {
    id: quote.id,
    supplierId: quote.supplierId,
    leadTimeDays: quote.leadTimeDays,
    terms: quote.terms,
    totalAmount: quote.totalAmount,
    currency: quote.currency,
    submittedAt: quote.submittedAt.toISOString(),
    lines: lines.map((line) => ({
      tenderItemId: line.tenderItemId,
      unitPrice: line.unitPrice,
      lineAmount: line.unitPrice * (quantities.get(line.tenderItemId) ?? 0),
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      contentType: a.contentType,
      bytes: a.bytes,
    })),
  };
}

/** Items down the side, quotes across the top, best quote first. */
export function comparisonResponse(
  tenderId: string,
  ranked: RankedQuote[],
  quotes: OpenedQuote[],
  items: TenderItem[],
  invited: string[],
  supplierNames: Map<string, string>,
  skus: Map<string, SkuSummary>,
): TenderComparisonResponse {
  const byId = new Map(quotes.map((quote) => [quote.quote.id, quote]));
  return {
    tenderId,
    currency: 'CNY',
    quotes: ranked.map((rank) => {
      const quote = byId.get(rank.quoteId)!;
      return {
        quoteId: rank.quoteId,
        supplierId: rank.supplierId,
        supplierName: supplierNames.get(rank.supplierId) ?? null,
        total: rank.total,
        leadTimeDays: rank.leadTimeDays,
        terms: quote.quote.terms,
        compliant: rank.compliant,
        nonCompliance: rank.nonCompliance,
        rank: rank.rank,
        attachmentCount: quote.attachments.length,
      };
    }),
    items: items.map((item) => {
      const offered = ranked
        .map((rank) => byId.get(rank.quoteId)!.prices.get(item.id))
        .filter((price): price is number => price !== undefined);
      const lowest = offered.length ? Math.min(...offered) : undefined;
      return {
        tenderItemId: item.id,
        skuId: item.skuId,
        skuCode: skus.get(item.skuId)?.code ?? null,
        quantity: item.quantity,
        offers: ranked.map((rank) => {
          const price = byId.get(rank.quoteId)!.prices.get(item.id);
          return {
            quoteId: rank.quoteId,
            unitPrice: price ?? null,
            lineAmount: price === undefined ? null : price * item.quantity,
            lowest: price !== undefined && price === lowest,
          };
        }),
      };
    }),
    lowestCompliantQuoteId: ranked.find((rank) => rank.compliant)?.quoteId ?? null,
    notQuoted: invited.filter((supplierId) => !quotes.some((quote) => quote.quote.supplierId === supplierId)),
  };
}
