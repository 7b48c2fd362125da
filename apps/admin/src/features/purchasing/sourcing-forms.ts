import { yuanToMinorUnits } from '../../shared/money/money';
import type {
  ComparisonColumn,
  NewQuote,
  NewSupplierInvoice,
  NewTender,
  PurchaseList,
  TenderComparison,
} from './sourcing.api';

/** The lines whose quantity was edited away from what the list holds: what a PATCH sends. */
export function changedQuantities(
  list: Pick<PurchaseList, 'lines'>,
  edited: Readonly<Record<string, number | null | undefined>>,
): { skuId: string; quantity: number }[] {
  return list.lines
    .filter((line) => {
      const next = edited[line.skuId];
      return next !== undefined && next !== null && next !== line.quantity;
    })
    .map((line) => ({ skuId: line.skuId, quantity: edited[line.skuId]! }));
}

export interface TenderFormValues {
  title?: string;
  warehouseId?: string;
  closesAt?: { toISOString(): string } | null;
  maxLeadTimeDays?: number | null;
  items?: { skuId?: string; quantity?: number | null }[];
  supplierIds?: string[];
}

export function toNewTender(values: TenderFormValues): NewTender {
  return {
    title: values.title!.trim(),
    warehouseId: values.warehouseId!,
    closesAt: values.closesAt!.toISOString(),
    maxLeadTimeDays: values.maxLeadTimeDays ?? undefined,
    items: (values.items ?? []).map((item) => ({ skuId: item.skuId!, quantity: item.quantity! })),
    supplierIds: values.supplierIds ?? [],
  };
}

export interface QuoteFormValues {
  supplierId?: string;
  leadTimeDays?: number | null;
  terms?: string;
  /** Yuan as typed, per tender item id; an empty price leaves the item unquoted. */
  prices?: Record<string, string | undefined>;
}

export function toNewQuote(values: QuoteFormValues): NewQuote {
  return {
    supplierId: values.supplierId!,
    leadTimeDays: values.leadTimeDays!,
    terms: values.terms?.trim() || undefined,
    lines: Object.entries(values.prices ?? {})
      .filter(([, price]) => price?.trim())
      .map(([tenderItemId, price]) => ({ tenderItemId, unitPrice: yuanToMinorUnits(price!)! })),
  };
}

/** The quote the API would award without a reason: the lowest compliant total. */
export function lowestCompliant(comparison: TenderComparison): ComparisonColumn | undefined {
  return comparison.quotes.find((quote) => quote.quoteId === comparison.lowestCompliantQuoteId);
}

/** Awarding anything but the lowest compliant quote needs a written reason. */
export function awardNeedsReason(comparison: TenderComparison, quoteId: string | undefined): boolean {
  return !!quoteId && quoteId !== comparison.lowestCompliantQuoteId;
}

export interface InvoiceFormValues {
  purchaseOrderId?: string;
  supplierInvoiceNumber?: string;
  invoiceDate?: { format(pattern: string): string } | null;
  lines?: { purchaseOrderLineId: string; quantity?: number | null; unitPrice?: string }[];
}

/** Lines left at 0 or empty are not invoiced. Prices typed in yuan become 分. */
export function toNewSupplierInvoice(values: InvoiceFormValues): NewSupplierInvoice {
  return {
    purchaseOrderId: values.purchaseOrderId!,
    supplierInvoiceNumber: values.supplierInvoiceNumber!.trim(),
    invoiceDate: values.invoiceDate!.format('YYYY-MM-DD'),
    lines: (values.lines ?? [])
      .filter((line) => line.quantity && line.quantity > 0 && line.unitPrice?.trim())
      .map((line) => ({
        purchaseOrderLineId: line.purchaseOrderLineId,
        quantity: line.quantity!,
        unitPrice: yuanToMinorUnits(line.unitPrice!)!,
      })),
  };
}
