import { Injectable } from '@nestjs/common';
import { PromotionsService } from '@zhanggui/api-catalog';
import { StockService } from '@zhanggui/api-inventory';
import { currentActor, TransactionalConnection } from '@zhanggui/api-platform';
import { CustomersService } from '../customers/customers.service';
import type { AddOrderNoteDto, UpdateOrderDto } from './dto/order-input.dto';
import { OrderDestination } from './order-destination';
import { stockSourceOf } from './order-events';
import { OrderLine } from './order-line.entity';
import { OrderNote } from './order-note.entity';
import { OrderPlacementService } from './order-placement.service';
import { OrderPricing } from './order-pricing';
import { OrderShippingAddress } from './order-shipping-address';
import { isEditable } from './order-states';
import { OrderStore } from './order-store';
import { OrderTimeline } from './order-timeline';
import type { Order } from './order.entity';
import { OrderNotEditableError } from './order.errors';

/**
 * Changing an order before it ships (lines, address) and writing notes on it. An edit re-prices the whole
 * order from the catalog and re-reserves its stock in the same transaction: every unit the order held is
 * given back and the new lines reserved, from the warehouse serving the (possibly new) city, so the order
 * holds exactly its new lines — or, on a shortage, the edit fails and nothing changes.
 */
@Injectable()
export class OrderEditsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly store: OrderStore,
    private readonly customers: CustomersService,
    private readonly addresses: OrderShippingAddress,
    private readonly destination: OrderDestination,
    private readonly pricing: OrderPricing,
    private readonly placement: OrderPlacementService,
    private readonly stock: StockService,
    private readonly promotions: PromotionsService,
    private readonly timeline: OrderTimeline,
  ) {}

  async update(id: string, changes: UpdateOrderDto, expected: number[] | undefined): Promise<Order> {
    const order = await this.store.lockVisible(id, 'orders:write', expected);
    if (!isEditable(order.status)) throw new OrderNotEditableError(order.number, order.status);
    const before = { total: order.total, cityCode: order.cityCode, warehouseId: order.warehouseId };

    if (changes.shippingAddress) {
      const customer = await this.customers.getProfile(order.customerId);
      Object.assign(order, this.addresses.resolve(customer, changes.shippingAddress));
      const destination = await this.destination.of(order.cityCode);
      order.orgUnitId = destination.territoryId;
      order.warehouseId = destination.warehouseId;
    }
    const lineRepository = this.connection.getRepository(OrderLine);
    const current = await lineRepository.find({ where: { orderId: order.id }, order: { lineNo: 'ASC' } });
    const wanted = changes.lines ?? current.map((line) => ({ skuId: line.skuId, quantity: line.quantity }));
    const priced = await this.pricing.price({
      channel: order.channel,
      regionId: order.orgUnitId,
      customerId: order.customerId,
      lines: wanted,
    });

    await this.stock.release({ source: stockSourceOf(order) });
    await this.stock.reserve({ warehouseId: order.warehouseId, lines: wanted, source: stockSourceOf(order) });
    await lineRepository.remove(current);
    await this.placement.saveLines(order.id, priced);
    await this.promotions.recordUsage(priced.promotionIds, order.id, order.customerId);

    Object.assign(order, {
      listTotal: priced.listTotal,
      discountTotal: priced.discountTotal,
      total: priced.total,
      lineCount: priced.lines.length,
    });
    const saved = await this.store.save(order);
    await this.timeline.record(order.id, {
      action: 'edited',
      from: order.status,
      to: order.status,
      note: changes.reason,
      data: {
        difference: saved.total - before.total,
        totalBefore: before.total,
        totalAfter: saved.total,
        ...(before.cityCode !== saved.cityCode
          ? { cityCode: { from: before.cityCode, to: saved.cityCode } }
          : {}),
        ...(before.warehouseId !== saved.warehouseId
          ? { warehouseId: { from: before.warehouseId, to: saved.warehouseId } }
          : {}),
        lines: priced.lines.map((line) => ({ skuId: line.skuId, quantity: line.quantity })),
      },
    });
    return saved;
  }

  async addNote(id: string, input: AddOrderNoteDto): Promise<OrderNote> {
    const order = await this.store.visible(id, 'orders:write');
    const actor = currentActor();
    const notes = this.connection.getRepository(OrderNote);
    return notes.save(
      notes.create({
        orderId: order.id,
        text: input.text,
        internal: input.internal,
        authorKind: actor?.kind ?? 'system',
        authorId: actor?.id ?? null,
        authorLabel: actor?.label ?? null,
      }),
    );
  }
}
