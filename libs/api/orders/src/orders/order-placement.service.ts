import { Injectable } from '@nestjs/common';
import { PromotionsService } from '@zhanggui/api-catalog';
import { StockService } from '@zhanggui/api-inventory';
import { currentActor, DocumentNumbers, EventBus, TransactionalConnection } from '@zhanggui/api-platform';
import { CustomerNotFoundError } from '../customers/customer.errors';
import { CustomerProfile, CustomersService } from '../customers/customers.service';
import type { CreateOrderDto } from './dto/order-input.dto';
import { OrderDestination } from './order-destination';
import { orderEventPayload, stockSourceOf } from './order-events';
import { OrderLine } from './order-line.entity';
import { OrderPricing, PricedOrder } from './order-pricing';
import { OrderShippingAddress } from './order-shipping-address';
import { initialOrderStatus } from './order-states';
import { OrderTimeline } from './order-timeline';
import { Order } from './order.entity';
import { OrderCustomerUnknownError } from './order.errors';
import { ORDER_PLACED, OrderPlacedPayload } from './order.events';

/**
 * Placing an order, all in the request's one transaction: the customer and address, the territory and the
 * warehouse serving the city, the catalog's quote for that region, a number, the order and its lines, stock
 * reserved all-or-nothing, promotion usage, the timeline, the OrderPlaced outbox event (and, through the
 * entity API, the audit rows). A shortage throws before commit, so nothing of it stays.
 */
@Injectable()
export class OrderPlacementService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly customers: CustomersService,
    private readonly addresses: OrderShippingAddress,
    private readonly destination: OrderDestination,
    private readonly pricing: OrderPricing,
    private readonly stock: StockService,
    private readonly promotions: PromotionsService,
    private readonly numbers: DocumentNumbers,
    private readonly timeline: OrderTimeline,
    private readonly events: EventBus,
  ) {}

  async place(input: CreateOrderDto): Promise<Order> {
    const actor = currentActor();
    if (!actor) throw new Error('Orders are placed by a signed-in person or an API key');
    const customer = await this.customer(input.customerId);
    const address = this.addresses.resolve(customer, input.shippingAddress);
    const { territoryId, warehouseId } = await this.destination.of(address.cityCode);
    const channel = input.channel ?? 'website';
    const priced = await this.pricing.price({
      channel,
      regionId: territoryId,
      customerId: customer.id,
      lines: input.lines,
    });

    const status = initialOrderStatus(input.paymentMethod);
    // The day's number counter row stays locked from `next('SO')` to commit, serialising every placement of
    // the day: everything that needs no number (lines, promotion usage, timeline) goes first, under an id
    // taken from the database and foreign keys deferred to commit, and the number comes last but the writes
    // that must carry it (the order row, the stock movements and the OrderPlaced event).
    const orderId = await this.newOrderId();
    await this.saveLines(orderId, priced);
    await this.promotions.recordUsage(priced.promotionIds, orderId, customer.id);
    await this.timeline.record(orderId, {
      action: 'placed',
      from: null,
      to: status,
      note: input.note,
      data: { total: priced.total, warehouseId },
    });
    const orders = this.connection.getRepository(Order);
    const number = await this.numbers.next('SO');
    const order = await orders.save(
      orders.create({
        id: orderId,
        number,
        customerId: customer.id,
        channel,
        paymentMethod: input.paymentMethod,
        status,
        orgUnitId: territoryId,
        warehouseId,
        ...address,
        currency: priced.currency,
        listTotal: priced.listTotal,
        discountTotal: priced.discountTotal,
        total: priced.total,
        originalTotal: priced.total,
        paidAmount: 0,
        lineCount: priced.lines.length,
        note: input.note ?? null,
        createdByKind: actor.kind,
        createdById: actor.id,
        confirmedAt: status === 'confirmed' ? new Date() : null,
      }),
    );
    await this.stock.reserve({ warehouseId, lines: input.lines, source: stockSourceOf(order) });
    await this.events.publish<OrderPlacedPayload>(ORDER_PLACED, {
      ...orderEventPayload(order),
      lines: priced.lines.map((line) => ({
        skuId: line.skuId,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        amount: line.amount,
      })),
    });
    return order;
  }

  /** Writes an order's lines (placement, or an edit after the old ones were removed). */
  async saveLines(orderId: string, priced: PricedOrder): Promise<OrderLine[]> {
    const lines = this.connection.getRepository(OrderLine);
    return lines.save(priced.lines.map((line) => lines.create({ ...line, orderId })));
  }

  /** A UUIDv7 from the database (as the column default would make), with the children's keys deferred. */
  private async newOrderId(): Promise<string> {
    const [{ id }]: Array<{ id: string }> = await this.connection.manager.query('SELECT uuidv7() AS id');
    await this.connection.manager.query(
      'SET CONSTRAINTS sales_order_line_order_id_fkey, sales_order_timeline_order_id_fkey DEFERRED',
    );
    return id;
  }

  private async customer(customerId: string): Promise<CustomerProfile> {
    const customer = await this.customers.getProfile(customerId).catch((error: unknown) => {
      if (error instanceof CustomerNotFoundError) return undefined;
      throw error;
    });
    if (!customer) throw new OrderCustomerUnknownError(customerId);
    if (customer.status !== 'active')
      throw new OrderCustomerUnknownError(customerId, `merged into customer ${customer.mergedIntoId}`);
    return customer;
  }
}
