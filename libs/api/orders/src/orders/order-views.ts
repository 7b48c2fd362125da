import type {
  OrderLineView,
  OrderNoteView,
  OrderPaymentView,
  OrderResponse,
  OrderSummary,
  OrderTimelineEntryView,
} from './dto/order.response';
import type { OrderLine } from './order-line.entity';
import type { OrderNote } from './order-note.entity';
import type { OrderTimelineEntry } from './order-timeline-entry.entity';
import type { Order } from './order.entity';
import type { OrderPayment } from './payments/order-payment.entity';

export interface OrderDetail {
  order: Order;
  customerName: string | null;
  lines: OrderLine[];
  payments: OrderPayment[];
  notes: OrderNote[];
  timeline: OrderTimelineEntry[];
}

export function orderSummary(order: Order, customerName: string | null): OrderSummary {
  return {
    id: order.id,
    number: order.number,
    version: order.version,
    status: order.status,
    channel: order.channel,
    paymentMethod: order.paymentMethod,
    customerId: order.customerId,
    customerName,
    orgUnitId: order.orgUnitId,
    cityCode: order.cityCode,
    recipientName: order.recipientName,
    lineCount: order.lineCount,
    total: order.total,
    currency: order.currency,
    placedAt: order.createdAt,
    updatedAt: order.updatedAt,
  };
}

export function orderResponse(detail: OrderDetail): OrderResponse {
  const { order } = detail;
  // Money owed either way only arises once money was taken: a prepaid order paid, then edited or cancelled.
  const owed = order.status === 'cancelled' ? 0 : order.total;
  return {
    ...orderSummary(order, detail.customerName),
    warehouseId: order.warehouseId,
    shippingAddress: {
      addressId: order.customerAddressId,
      provinceCode: order.provinceCode,
      cityCode: order.cityCode,
      districtCode: order.districtCode,
      detail: order.addressDetail,
      recipientName: order.recipientName,
      recipientPhone: order.recipientPhone,
    },
    listTotal: order.listTotal,
    discountTotal: order.discountTotal,
    originalTotal: order.originalTotal,
    priceDifference: order.total - order.originalTotal,
    paidAmount: order.paidAmount,
    amountDue: order.paidAmount > 0 ? Math.max(owed - order.paidAmount, 0) : 0,
    refundDue: Math.max(order.paidAmount - owed, 0),
    note: order.note,
    shipment:
      order.carrier && order.trackingNumber && order.courierUserId && order.shippedAt
        ? {
            carrier: order.carrier,
            trackingNumber: order.trackingNumber,
            courierUserId: order.courierUserId,
            shippedAt: order.shippedAt,
          }
        : null,
    cancelReason: order.cancelReason,
    lines: detail.lines.map(lineView),
    payments: detail.payments.map(paymentView),
    notes: detail.notes.map(noteView),
    timeline: detail.timeline.map(timelineView),
  };
}

function lineView(line: OrderLine): OrderLineView {
  return {
    id: line.id,
    lineNo: line.lineNo,
    skuId: line.skuId,
    skuCode: line.skuCode,
    productName: line.productName,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    listAmount: line.listAmount,
    discountAmount: line.discountAmount,
    amount: line.amount,
    discounts: line.discounts,
  };
}

function paymentView(payment: OrderPayment): OrderPaymentView {
  return {
    id: payment.id,
    provider: payment.provider,
    providerTransactionId: payment.providerTransactionId,
    amount: payment.amount,
    currency: payment.currency,
    paidAt: payment.paidAt,
    receivedAt: payment.receivedAt,
  };
}

function noteView(note: OrderNote): OrderNoteView {
  return {
    id: note.id,
    text: note.text,
    internal: note.internal,
    authorLabel: note.authorLabel,
    createdAt: note.createdAt,
  };
}

export function timelineView(entry: OrderTimelineEntry): OrderTimelineEntryView {
  return {
    id: entry.id,
    action: entry.action,
    from: entry.fromStatus,
    to: entry.toStatus,
    note: entry.note,
    data: entry.data,
    actorKind: entry.actorKind,
    actorId: entry.actorId,
    actorLabel: entry.actorLabel,
    occurredAt: entry.occurredAt,
  };
}
