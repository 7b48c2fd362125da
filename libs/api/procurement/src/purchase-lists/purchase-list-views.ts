import type { SkuSummary } from '@zhanggui/api-catalog';
import { CURRENCY } from '../purchase-orders/purchase-orders.service';
import type { PurchaseListResponse, PurchaseListSummary } from './dto/purchase-list.dto';
import type { PurchaseListLine } from './purchase-list-line.entity';
import { suggestReplenishment } from './purchase-list-formula';
import type { PurchaseListDetail, PurchaseListFigures, PurchaseListOverview } from './purchase-lists.service';

/** What loaded lines add up to: the same figures PurchaseListsService.overviews sums in SQL for a list. */
export function purchaseListFigures(lines: PurchaseListLine[]): PurchaseListFigures {
  return {
    lineCount: lines.length,
    linesToBuy: lines.filter((line) => line.quantity > 0).length,
    totalQuantity: lines.reduce((sum, line) => sum + line.quantity, 0),
    estimatedAmount: lines.reduce((sum, line) => sum + line.quantity * (line.unitPrice ?? 0), 0),
  };
}

export function purchaseListSummary({ list, ...figures }: PurchaseListOverview): PurchaseListSummary {
  return {
    id: list.id,
    number: list.number,
    regionId: list.regionId,
    windowDays: list.windowDays,
    reviewDays: list.reviewDays,
    status: list.status,
    approvedBy: list.approvedBy,
    approvedAt: list.approvedAt ? list.approvedAt.toISOString() : null,
    purchaseOrderIds: list.purchaseOrderIds,
    lineCount: figures.lineCount,
    linesToBuy: figures.linesToBuy,
    totalQuantity: figures.totalQuantity,
    estimatedAmount: figures.estimatedAmount,
    currency: CURRENCY,
    version: list.version,
    createdAt: list.createdAt.toISOString(),
  };
}

/** The list with every number behind each suggestion, recomputed from the facts kept on the line. */
export function purchaseListResponse(
  { list, lines }: PurchaseListDetail,
  skus: Map<string, SkuSummary>,
): PurchaseListResponse {
  return {
    ...purchaseListSummary({ list, ...purchaseListFigures(lines) }),
    lines: lines.map((line) => {
      const figures = suggestReplenishment({
        shippedQuantity: line.shippedQuantity,
        windowDays: list.windowDays,
        leadTimeDays: line.leadTimeDays,
        reviewDays: list.reviewDays,
        safetyStock: line.safetyStock,
        reorderPoint: line.reorderPoint,
        reserved: line.reserved,
        onHand: line.onHand,
        inTransit: line.inTransit,
      });
      return {
        id: line.id,
        skuId: line.skuId,
        skuCode: skus.get(line.skuId)?.code ?? null,
        skuName: skus.get(line.skuId)?.name ?? null,
        supplierId: line.supplierId,
        shippedQuantity: line.shippedQuantity,
        windowDays: list.windowDays,
        velocityPerDay: figures.velocityPerDay,
        leadTimeDays: line.leadTimeDays,
        reviewDays: list.reviewDays,
        coverageDays: figures.coverageDays,
        expectedDemand: figures.expectedDemand,
        safetyStock: line.safetyStock,
        reorderPoint: line.reorderPoint,
        reserved: line.reserved,
        onHand: line.onHand,
        inTransit: line.inTransit,
        openPurchaseQuantity: line.openPurchaseQuantity,
        belowReorderPoint: figures.belowReorderPoint,
        suggestedQuantity: line.suggestedQuantity,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
      };
    }),
  };
}
