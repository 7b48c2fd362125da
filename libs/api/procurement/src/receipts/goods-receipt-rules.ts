import type { FieldProblem } from '@zhanggui/api-platform';

export interface OrderLineBalance {
  id: string;
  quantity: number;
  receivedQuantity: number;
}

export interface ReceivedLine {
  purchaseOrderLineId: string;
  quantity: number;
}

/**
 * What is wrong with a receipt, field by field. Over-receipt is refused outright (no tolerance): the extra
 * units were never ordered or priced, so the warehouse returns them or purchasing raises a new order for
 * them. A line may appear once per receipt.
 */
export function receiptProblems(orderLines: OrderLineBalance[], received: ReceivedLine[]): FieldProblem[] {
  const byId = new Map(orderLines.map((line) => [line.id, line]));
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  received.forEach((line, index) => {
    const orderLine = byId.get(line.purchaseOrderLineId);
    if (!orderLine) {
      problems.push({ field: `lines.${index}.purchaseOrderLineId`, message: 'is not a line of this order' });
      return;
    }
    if (seen.has(line.purchaseOrderLineId)) {
      problems.push({
        field: `lines.${index}.purchaseOrderLineId`,
        message: 'appears twice in this receipt',
      });
      return;
    }
    seen.add(line.purchaseOrderLineId);
    const outstanding = orderLine.quantity - orderLine.receivedQuantity;
    if (line.quantity > outstanding) {
      problems.push({
        field: `lines.${index}.quantity`,
        message: `only ${outstanding} of ${orderLine.quantity} ordered are still to arrive`,
      });
    }
  });
  return problems;
}
