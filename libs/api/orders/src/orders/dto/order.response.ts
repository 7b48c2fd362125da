import { ApiProperty } from '@nestjs/swagger';
import { ORDER_STATUSES, OrderStatus } from '../order-states';
import { ORDER_CHANNELS, OrderChannel, PAYMENT_METHODS, PaymentMethod } from '../order.entity';

export class OrderDiscountView {
  @ApiProperty({ format: 'uuid' }) promotionId!: string;
  @ApiProperty() promotionName!: string;
  @ApiProperty({ description: '分' }) amount!: number;
}

export class OrderLineView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() lineNo!: number;
  @ApiProperty({ format: 'uuid' }) skuId!: string;
  @ApiProperty() skuCode!: string;
  @ApiProperty() productName!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty({ description: '分' }) unitPrice!: number;
  @ApiProperty({ description: 'quantity × unitPrice, 分' }) listAmount!: number;
  @ApiProperty({ description: '分' }) discountAmount!: number;
  @ApiProperty({ description: 'What the line costs, 分' }) amount!: number;
  @ApiProperty({ type: [OrderDiscountView] }) discounts!: OrderDiscountView[];
}

export class OrderAddressView {
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) addressId!: string | null;
  @ApiProperty() provinceCode!: string;
  @ApiProperty() cityCode!: string;
  @ApiProperty({ type: String, nullable: true }) districtCode!: string | null;
  @ApiProperty() detail!: string;
  @ApiProperty() recipientName!: string;
  @ApiProperty() recipientPhone!: string;
}

export class OrderShipmentView {
  @ApiProperty() carrier!: string;
  @ApiProperty() trackingNumber!: string;
  @ApiProperty({ format: 'uuid' }) courierUserId!: string;
  @ApiProperty({ format: 'date-time' }) shippedAt!: Date;
}

export class OrderPaymentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() provider!: string;
  @ApiProperty() providerTransactionId!: string;
  @ApiProperty({ description: '分' }) amount!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ format: 'date-time' }) paidAt!: Date;
  @ApiProperty({ format: 'date-time' }) receivedAt!: Date;
}

export class OrderNoteView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty() internal!: boolean;
  @ApiProperty({ type: String, nullable: true }) authorLabel!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

export class OrderTimelineEntryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'shipped' }) action!: string;
  @ApiProperty({ type: String, nullable: true }) from!: string | null;
  @ApiProperty() to!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({ enum: ['user', 'api-key', 'system'] }) actorKind!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorLabel!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: Date;
}

/** What a list row shows: no lines, no per-row queries. */
export class OrderSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SO-20261127-0001' }) number!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: ORDER_STATUSES }) status!: OrderStatus;
  @ApiProperty({ enum: ORDER_CHANNELS }) channel!: OrderChannel;
  @ApiProperty({ enum: PAYMENT_METHODS }) paymentMethod!: PaymentMethod;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ type: String, nullable: true }) customerName!: string | null;
  @ApiProperty({ format: 'uuid', description: 'The sales territory of the shipping city.' })
  orgUnitId!: string;
  @ApiProperty() cityCode!: string;
  @ApiProperty() recipientName!: string;
  @ApiProperty() lineCount!: number;
  @ApiProperty({ description: '分' }) total!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ format: 'date-time' }) placedAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}

export class OrderResponse extends OrderSummary {
  @ApiProperty({ format: 'uuid' }) warehouseId!: string;
  @ApiProperty({ type: OrderAddressView }) shippingAddress!: OrderAddressView;
  @ApiProperty({ description: '分' }) listTotal!: number;
  @ApiProperty({ description: '分' }) discountTotal!: number;
  @ApiProperty({ description: 'The total when placed, 分.' }) originalTotal!: number;
  @ApiProperty({ description: 'total − originalTotal: what edits changed, 分 (negative: cheaper).' })
  priceDifference!: number;
  @ApiProperty({ description: 'Confirmed payments, 分.' }) paidAmount!: number;
  @ApiProperty({ description: 'Paid orders whose total grew: what the customer still owes, 分.' })
  amountDue!: number;
  @ApiProperty({
    description: 'Paid orders whose total shrank (or that were cancelled): what to refund, 分.',
  })
  refundDue!: number;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: OrderShipmentView, nullable: true }) shipment!: OrderShipmentView | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({ type: [OrderLineView] }) lines!: OrderLineView[];
  @ApiProperty({ type: [OrderPaymentView] }) payments!: OrderPaymentView[];
  @ApiProperty({ type: [OrderNoteView], description: 'Internal remarks only for staff.' })
  notes!: OrderNoteView[];
  @ApiProperty({ type: [OrderTimelineEntryView] }) timeline!: OrderTimelineEntryView[];
}
