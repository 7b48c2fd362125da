import type { HistoryEntry } from '../after-sales-history';
import type { CodCollection } from './cod-collection.entity';
import type { CodRemittance } from './cod-remittance.entity';
import type {
  CodRemittanceLineView,
  CodRemittanceResponse,
  CodRemittanceSummary,
} from './dto/cod-remittance.dto';
import type { CodCollectionView } from './dto/cod-collection.dto';

export function codCollectionView(c: CodCollection): CodCollectionView {
  const difference = c.amount - c.expectedAmount;
  return {
    id: c.id,
    orderId: c.orderId,
    orgUnitId: c.orgUnitId,
    amount: c.amount,
    expectedAmount: c.expectedAmount,
    difference,
    flagged: difference !== 0,
    currency: c.currency,
    collectedBy: c.collectedBy,
    businessDay: c.businessDay,
    note: c.note,
    collectedAt: c.collectedAt,
  };
}

export function remittanceSummary(r: CodRemittance): CodRemittanceSummary {
  return {
    id: r.id,
    number: r.number,
    orgUnitId: r.orgUnitId,
    courierId: r.courierId,
    businessDay: r.businessDay,
    status: r.status,
    currency: r.currency,
    orderCount: r.orderCount,
    expectedAmount: r.expectedAmount,
    handedInAmount: r.handedInAmount,
    difference: r.handedInAmount === null ? null : r.handedInAmount - r.expectedAmount,
    discrepancyReason: r.discrepancyReason,
    resolution: r.resolution,
    version: r.version,
    createdAt: r.createdAt,
  };
}

export function remittanceResponse(
  r: CodRemittance,
  lines: CodRemittanceLineView[],
  history: HistoryEntry[],
): CodRemittanceResponse {
  return {
    ...remittanceSummary(r),
    handedInAt: r.handedInAt,
    confirmedAt: r.confirmedAt,
    resolvedAt: r.resolvedAt,
    lines,
    history,
  };
}
