import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PromotionsService } from '@zhanggui/api-catalog';
import { StockService } from '@zhanggui/api-inventory';
import {
  currentActor,
  EventBus,
  GappedDocumentNumbers,
  TransactionalConnection,
} from '@zhanggui/api-platform';
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
import type { OrderDetail } from './order-views';
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
export class OrderPlacementService implements OnApplicationBootstrap {
  private readonly logger = new Logger(OrderPlacementService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly customers: CustomersService,
    private readonly addresses: OrderShippingAddress,
    private readonly destination: OrderDestination,
    private readonly pricing: OrderPricing,
    private readonly stock: StockService,
    private readonly promotions: PromotionsService,
    private readonly numbers: GappedDocumentNumbers,
    private readonly timeline: OrderTimeline,
    private readonly events: EventBus,
  ) {}

  /** Today's order number sequence before the first order arrives (else the first burst waits for it). */
  async onApplicationBootstrap(): Promise<void> {
    await this.numbers.prepare('SO').catch((error: unknown) => {
      this.logger.warn(`Order numbers of today not prepared; the first order will: ${String(error)}`);
    });
  }

  /**
   * Places the order and returns its detail as written, for the 201: no read-back (five statements fewer in
   * the transaction, whose idempotency record must hold the same body). A new order has no payments and no
   * notes yet, and no other transaction can add any before this one commits (the order is invisible to them).
   */
  async place(input: CreateOrderDto): Promise<OrderDetail> {
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
    // Order numbers may have gaps (a refused order does not give its number back): they come from the day's
    // sequence, which locks nothing, so placements no longer wait for one another's commit (finding 1 of
    // docs/performance.md). What needs no number still goes first, under an id taken from the database with
    // the children's foreign keys deferred to commit.
    const orderId = await this.newOrderId();
    const lines = await this.saveLines(orderId, priced);
    await this.promotions.recordUsage(priced.promotionIds, orderId, customer.id);
    const placed = await this.timeline.record(orderId, {
      action: 'placed',
      from: null,
      to: status,
      note: input.note,
      data: { total: priced.total, warehouseId },
    });
    const orders = this.connection.getRepository(Order);
    const number = await this.numbers.next('SO');
    // save, though it first looks for the id it is given (one statement more): insert would leave the entity
    // without its nulls and with the money columns' raw strings (in the 201 and in the audit row).
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
    return {
      order,
      customerName: customer.name,
      lines: [...lines].sort((a, b) => a.lineNo - b.lineNo),
      payments: [],
      notes: [],
      timeline: [placed],
    };
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
