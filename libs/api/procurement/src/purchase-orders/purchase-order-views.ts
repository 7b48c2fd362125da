import type { SkuSummary } from '@zhanggui/api-catalog';
import type { PurchaseOrderResponse, PurchaseOrderSummary } from './dto/purchase-order.dto';
import type { PurchaseOrderDetail } from './purchase-orders.service';
import type { PurchaseOrder } from './purchase-order.entity';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function purchaseOrderSummary(
  order: PurchaseOrder,
  supplierName: string | undefined,
): PurchaseOrderSummary {
  return {
    id: order.id,
    number: order.number,
    supplierId: order.supplierId,
    supplierName: supplierName ?? null,
    warehouseId: order.warehouseId,
    status: order.status,
    currency: order.currency,
    totalAmount: order.totalAmount,
    expectedDate: order.expectedDate,
    version: order.version,
    createdAt: order.createdAt.toISOString(),
  };
}

export function purchaseOrderResponse(
  { order, lines }: PurchaseOrderDetail,
  supplierName: string | undefined,
  skus: Map<string, SkuSummary>,
): PurchaseOrderResponse {
  return {
    ...purchaseOrderSummary(order, supplierName),
    note: order.note,
    approvalRequestId: order.approvalRequestId,
    sourceType: order.sourceType,
    sourceId: order.sourceId,
    submittedAt: iso(order.submittedAt),
    approvedAt: iso(order.approvedAt),
    sentAt: iso(order.sentAt),
    receivedAt: iso(order.receivedAt),
    closedAt: iso(order.closedAt),
    cancelledAt: iso(order.cancelledAt),
    cancelReason: order.cancelReason,
    lines: lines.map((line) => ({
      id: line.id,
      lineNo: line.lineNo,
      skuId: line.skuId,
      skuCode: skus.get(line.skuId)?.code ?? null,
      skuName: skus.get(line.skuId)?.name ?? null,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      lineAmount: line.unitPrice * line.quantity,
      receivedQuantity: line.receivedQuantity,
      outstandingQuantity: line.quantity - line.receivedQuantity,
    })),
  };
}
