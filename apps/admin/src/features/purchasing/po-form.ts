import { yuanToMinorUnits } from '../../shared/money/money';
import type { NewPurchaseOrder } from './purchasing.api';

export interface PurchaseOrderLineValues {
  skuId?: string;
  quantity?: number | null;
  /** As typed, in yuan ("12.5"): it becomes 分 only when sent. */
  unitPrice?: string;
}

export interface PurchaseOrderFormValues {
  supplierId?: string;
  warehouseId?: string;
  expectedDate?: { format(pattern: string): string } | null;
  note?: string;
  lines?: PurchaseOrderLineValues[];
}

/** A line's amount in 分, when its quantity and price are complete; exact (integers only). */
export function lineAmount(line: PurchaseOrderLineValues | undefined): number | undefined {
  const price = line?.unitPrice === undefined ? undefined : yuanToMinorUnits(line.unitPrice);
  if (price === undefined || !line?.quantity || line.quantity < 1) return undefined;
  return price * line.quantity;
}

/** Σ of the complete lines, in 分. */
export function orderTotal(lines: readonly (PurchaseOrderLineValues | undefined)[] | undefined): number {
  return (lines ?? []).reduce((sum, line) => sum + (lineAmount(line) ?? 0), 0);
}

/** The request body: prices in 分, empty note and date left out. The form's rules made every field valid. */
export function toNewPurchaseOrder(values: PurchaseOrderFormValues): NewPurchaseOrder {
  return {
    supplierId: values.supplierId!,
    currency: 'CNY',
    warehouseId: values.warehouseId!,
    expectedDate: values.expectedDate ? values.expectedDate.format('YYYY-MM-DD') : undefined,
    note: values.note?.trim() || undefined,
    lines: (values.lines ?? []).map((line) => ({
      skuId: line.skuId!,
      quantity: line.quantity!,
      unitPrice: yuanToMinorUnits(line.unitPrice ?? '')!,
    })),
  };
}

/** The SKUs chosen on more than one line (the API takes each SKU once). */
export function repeatedSkus(
  lines: readonly (PurchaseOrderLineValues | undefined)[] | undefined,
): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const line of lines ?? []) {
    if (!line?.skuId) continue;
    if (seen.has(line.skuId)) repeated.add(line.skuId);
    seen.add(line.skuId);
  }
  return repeated;
}
