export interface MatchTolerances {
  /** Basis points an invoiced unit price may differ from the order's (100 = ±1%). */
  priceToleranceBp: number;
  /** Units an invoiced quantity may differ from what arrived and is not yet invoiced (0 = exact). */
  quantityTolerance: number;
}

/** An order line as the match sees it: its price, and what arrived and was already billed. */
export interface OrderLineFacts {
  id: string;
  lineNo: number;
  unitPrice: number;
  receivedQuantity: number;
  /** Units of this line on other invoices that are already payable. */
  invoicedQuantity: number;
}

export interface InvoiceLineFacts {
  purchaseOrderLineId: string;
  quantity: number;
  unitPrice: number;
}

export interface Discrepancy {
  /** The invoice field it concerns: `lines.0.unitPrice`, `lines.1.quantity`. */
  field: string;
  kind: 'price' | 'quantity';
  purchaseOrderLineId: string;
  expected: number;
  actual: number;
  message: string;
}

export interface MatchResult {
  matched: boolean;
  discrepancies: Discrepancy[];
}

/**
 * Three-way match of a supplier invoice against the purchase order (price) and the goods receipts
 * (quantity). Each invoice line must bill, within the tolerances, the order's unit price for the units that
 * arrived and are not yet on a payable invoice — so a supplier can bill each delivery as it comes, but never
 * for goods we did not receive, twice for the same goods, or at another price. Every discrepancy is listed.
 */
export function threeWayMatch(
  orderLines: OrderLineFacts[],
  invoiceLines: InvoiceLineFacts[],
  tolerances: MatchTolerances,
): MatchResult {
  const byId = new Map(orderLines.map((line) => [line.id, line]));
  const discrepancies: Discrepancy[] = [];
  invoiceLines.forEach((line, index) => {
    const order = byId.get(line.purchaseOrderLineId);
    if (!order) throw new Error(`Invoice line ${index} names no line of the order`);
    // |invoiced − ordered| / ordered ≤ tolerance, in integers: no rounding decides a match.
    const priceGap = Math.abs(line.unitPrice - order.unitPrice) * 10_000;
    if (priceGap > order.unitPrice * tolerances.priceToleranceBp) {
      discrepancies.push({
        field: `lines.${index}.unitPrice`,
        kind: 'price',
        purchaseOrderLineId: order.id,
        expected: order.unitPrice,
        actual: line.unitPrice,
        message: `order line ${order.lineNo} is priced ${order.unitPrice} 分; invoiced ${line.unitPrice} 分 (tolerance ±${tolerances.priceToleranceBp / 100}%)`,
      });
    }
    const billable = order.receivedQuantity - order.invoicedQuantity;
    if (Math.abs(line.quantity - billable) > tolerances.quantityTolerance) {
      discrepancies.push({
        field: `lines.${index}.quantity`,
        kind: 'quantity',
        purchaseOrderLineId: order.id,
        expected: billable,
        actual: line.quantity,
        message: `order line ${order.lineNo}: ${order.receivedQuantity} received, ${order.invoicedQuantity} already invoiced, so ${billable} to bill; invoiced ${line.quantity}`,
      });
    }
  });
  return { matched: discrepancies.length === 0, discrepancies };
}
