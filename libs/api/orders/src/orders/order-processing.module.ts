import { forwardRef, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { InventoryModule } from '@zhanggui/api-inventory';
import { OrdersModule } from '../orders.module';
import { TerritoryCity } from '../territories/territory-city.entity';
import { OrderDestination } from './order-destination';
import { OrderEditsService } from './order-edits.service';
import { OrderLine } from './order-line.entity';
import { OrderNote } from './order-note.entity';
import { ORDER_PERMISSIONS } from './order.permissions';
import { OrderPlacementService } from './order-placement.service';
import { OrderPricing } from './order-pricing';
import { OrderQueriesService } from './order-queries.service';
import { OrderShippingAddress } from './order-shipping-address';
import { OrderStepsController } from './order-steps.controller';
import { OrderStore } from './order-store';
import { OrderTimeline } from './order-timeline';
import { OrderTimelineEntry } from './order-timeline-entry.entity';
import { OrderTransitionsService } from './order-transitions.service';
import { Order } from './order.entity';
import { OrdersController } from './orders.controller';
import { OrderPayment } from './payments/order-payment.entity';
import { PaymentCallbackSetting } from './payments/payment-callback-setting.entity';
import { PaymentCallbackController } from './payments/payment-callback.controller';
import { PaymentCallbackService } from './payments/payment-callback.service';
import { PaymentRawBody } from './payments/payment-raw-body';

/**
 * Orders proper: placement, the state machine, the payment provider's callback, edits and notes, lists.
 * Nested in OrdersModule (customers and members), whose exported CustomersService it uses — hence the
 * forwardRef: the two modules import each other.
 */
@Module({
  imports: [
    IdentityModule,
    CatalogModule,
    InventoryModule,
    forwardRef(() => OrdersModule),
    TypeOrmModule.forFeature([
      Order,
      OrderLine,
      OrderTimelineEntry,
      OrderNote,
      OrderPayment,
      PaymentCallbackSetting,
      TerritoryCity,
    ]),
  ],
  controllers: [OrdersController, OrderStepsController, PaymentCallbackController],
  providers: [
    OrderStore,
    OrderTimeline,
    OrderDestination,
    OrderPricing,
    OrderShippingAddress,
    OrderPlacementService,
    OrderTransitionsService,
    OrderEditsService,
    OrderQueriesService,
    PaymentCallbackService,
    PaymentRawBody,
  ],
  // For after-sales (COD, returns, rebates), which act on orders through the same store and timeline.
  exports: [OrderStore, OrderTimeline, OrderTransitionsService, OrderPlacementService],
})
export class OrderProcessingModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(ORDER_PERMISSIONS);
  }
}
