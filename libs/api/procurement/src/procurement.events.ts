/** Published when goods are received against a purchase order: stock and cost have moved with it. */
export const GOODS_RECEIVED = 'GoodsReceived';

export interface GoodsReceivedPayload extends Record<string, unknown> {
  receiptId: string;
  receiptNumber: string;
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  supplierId: string;
  warehouseId: string;
  /** Value of the goods received, at the order's prices, in minor units (for finance's goods-received-not-invoiced). */
  totalAmount: number;
  currency: string;
  lines: Array<{ purchaseOrderLineId: string; skuId: string; quantity: number; unitCost: number }>;
}

/** Published when a supplier invoice becomes payable: matched, or its mismatch approved by finance. */
export const SUPPLIER_INVOICE_MATCHED = 'SupplierInvoiceMatched';

export interface SupplierInvoiceMatchedPayload extends Record<string, unknown> {
  invoiceId: string;
  invoiceNumber: string;
  supplierInvoiceNumber: string;
  supplierId: string;
  purchaseOrderId: string;
  amount: number;
  currency: string;
  invoiceDate: string;
  /** When payment falls due: invoice date plus the supplier's payment terms. */
  dueDate: string;
  /** True when finance approved the invoice despite discrepancies (with the reason in the history). */
  approvedWithDiscrepancies: boolean;
}
