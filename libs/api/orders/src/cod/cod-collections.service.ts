import { Injectable } from '@nestjs/common';
import { currentActor, EventBus, TransactionalConnection } from '@zhanggui/api-platform';
import { businessDayOf, uniqueViolationOf } from '../after-sales-history';
import { OrderStore } from '../orders/order-store';
import { OrderTimeline } from '../orders/order-timeline';
import { CodCollection } from './cod-collection.entity';
import { CodAlreadyCollectedError, CodNotCashOnDeliveryError, CodOrderNotDeliveredError } from './cod.errors';
import { COD_COLLECTED, CodCollectedPayload } from './cod.events';
import type { RecordCodCollectionDto } from './dto/cod-collection.dto';

/**
 * Records the cash a courier collected at delivery (货到付款). The amount may differ from what is due —
 * customers pay short, couriers miscount — so it is recorded as collected and flagged, and the remittance
 * and finance deal with the difference rather than the doorstep.
 */
@Injectable()
export class CodCollectionsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orders: OrderStore,
    private readonly timeline: OrderTimeline,
    private readonly events: EventBus,
  ) {}

  async record(orderId: string, input: RecordCodCollectionDto): Promise<CodCollection> {
    const order = await this.orders.lockVisible(orderId, 'cod:collect', undefined);
    if (order.paymentMethod !== 'cod') throw new CodNotCashOnDeliveryError(order.number);
    if (order.status !== 'delivered' && order.status !== 'completed')
      throw new CodOrderNotDeliveredError(order.number, order.status);
    const collections = this.connection.getRepository(CodCollection);
    if (await collections.existsBy({ orderId })) throw new CodAlreadyCollectedError(order.number);
    const actor = currentActor();
    const now = new Date();
    const collection = await collections
      .save(
        collections.create({
          orderId,
          orgUnitId: order.orgUnitId,
          amount: input.amount,
          // A part paid before delivery (rebate) is not asked for at the door.
          expectedAmount: Math.max(order.total - order.paidAmount, 0),
          currency: order.currency,
          collectedBy: input.collectedBy ?? order.courierUserId ?? actor!.id,
          businessDay: businessDayOf(now),
          note: input.note ?? null,
          recordedByKind: actor?.kind ?? 'system',
          recordedById: actor?.id ?? null,
        }),
      )
      .catch((error: unknown) => {
        if (uniqueViolationOf(error) === 'cod_collection_order_key')
          throw new CodAlreadyCollectedError(order.number);
        throw error;
      });
    const difference = collection.amount - collection.expectedAmount;
    await this.timeline.record(order.id, {
      action: 'cod-collected',
      from: order.status,
      to: order.status,
      note: input.note,
      data: { amount: collection.amount, expectedAmount: collection.expectedAmount, difference },
    });
    await this.events.publish<CodCollectedPayload>(COD_COLLECTED, {
      collectionId: collection.id,
      orderId,
      orderNumber: order.number,
      orgUnitId: order.orgUnitId,
      collectedBy: collection.collectedBy,
      businessDay: collection.businessDay,
      amount: collection.amount,
      expectedAmount: collection.expectedAmount,
      difference,
      currency: collection.currency,
    });
    return collection;
  }

  /** The cash recorded for an order, if any (for refunds of COD orders). */
  of(orderId: string): Promise<CodCollection | null> {
    return this.connection.getRepository(CodCollection).findOneBy({ orderId });
  }
}
