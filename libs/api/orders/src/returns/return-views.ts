import type { HistoryEntry } from '../after-sales-history';
import type { ReturnResponse, ReturnSummary } from './dto/return.dto';
import type { Refund } from './refund.entity';
import type { ReturnLine } from './return-line.entity';
import type { ReturnRequest } from './return-request.entity';

export function returnSummary(r: ReturnRequest): ReturnSummary {
  return {
    id: r.id,
    number: r.number,
    orderId: r.orderId,
    customerId: r.customerId,
    orgUnitId: r.orgUnitId,
    kind: r.kind,
    status: r.status,
    ticketId: r.ticketId,
    refundAmount: r.refundAmount,
    currency: r.currency,
    version: r.version,
    createdAt: r.createdAt,
  };
}

export function returnResponse(
  r: ReturnRequest,
  lines: ReturnLine[],
  refund: Refund | null,
  history: HistoryEntry[],
): ReturnResponse {
  return {
    ...returnSummary(r),
    rejectReason: r.rejectReason,
    replacementCarrier: r.replacementCarrier,
    replacementTrackingNumber: r.replacementTrackingNumber,
    lines: lines.map((l) => ({
      id: l.id,
      orderLineId: l.orderLineId,
      skuId: l.skuId,
      quantity: l.quantity,
      reason: l.reason,
      disposition: l.disposition,
      refundAmount: l.refundAmount,
    })),
    refund: refund && {
      id: refund.id,
      method: refund.method,
      status: refund.status,
      amount: refund.amount,
      rebateAmount: refund.rebateAmount,
      currency: refund.currency,
      createdAt: refund.createdAt,
    },
    history,
  };
}
