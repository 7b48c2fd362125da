import { forwardRef, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { InventoryModule } from '@zhanggui/api-inventory';
import { AfterSalesSchedules } from './after-sales.schedules';
import { CodCollection } from './cod/cod-collection.entity';
import { CodCollectionsController } from './cod/cod-collections.controller';
import { CodCollectionsService } from './cod/cod-collections.service';
import { CodRemittanceLine } from './cod/cod-remittance-line.entity';
import { CodRemittance } from './cod/cod-remittance.entity';
import { CodRemittancesController } from './cod/cod-remittances.controller';
import { CodRemittancesService } from './cod/cod-remittances.service';
import { COD_PERMISSIONS } from './cod/cod.permissions';
import { OrdersModule } from './orders.module';
import { OrderProcessingModule } from './orders/order-processing.module';
import { AfterSalesSubscriber } from './rebates/after-sales.subscriber';
import { RebateEntry } from './rebates/rebate-entry.entity';
import { RebateLedger } from './rebates/rebate-ledger';
import { RebatesController } from './rebates/rebates.controller';
import { REBATES_PERMISSIONS } from './rebates/rebates.permissions';
import { RebatesService } from './rebates/rebates.service';
import { AutoCompletion } from './returns/auto-completion';
import { OrderCompletionsController } from './returns/order-completions.controller';
import { OrderPaid } from './returns/order-paid';
import { Refund } from './returns/refund.entity';
import { RefundsService } from './returns/refunds.service';
import { ReturnLine } from './returns/return-line.entity';
import { ReturnRequest } from './returns/return-request.entity';
import { ReturnStore } from './returns/return-store';
import { ReturnsController } from './returns/returns.controller';
import { RETURNS_PERMISSIONS } from './returns/returns.permissions';
import { ReturnsService } from './returns/returns.service';
import { AfterSalesSetting } from './settings/after-sales-setting.entity';
import { AfterSalesSettingsController } from './settings/after-sales-settings.controller';
import { AfterSalesSettings } from './settings/after-sales-settings.service';

/**
 * What happens to an order after it leaves the warehouse: COD cash and its daily remittance, returns and
 * refunds, the rebate ledger, and completing orders once their return window has passed. Uses OrdersModule's
 * MembersService and CustomersService (hence the forwardRef: OrdersModule imports this module).
 */
@Module({
  imports: [
    IdentityModule,
    InventoryModule,
    OrderProcessingModule,
    forwardRef(() => OrdersModule),
    TypeOrmModule.forFeature([
      AfterSalesSetting,
      CodCollection,
      CodRemittance,
      CodRemittanceLine,
      ReturnRequest,
      ReturnLine,
      Refund,
      RebateEntry,
    ]),
  ],
  controllers: [
    AfterSalesSettingsController,
    CodCollectionsController,
    CodRemittancesController,
    ReturnsController,
    OrderCompletionsController,
    RebatesController,
  ],
  providers: [
    AfterSalesSettings,
    CodCollectionsService,
    CodRemittancesService,
    OrderPaid,
    ReturnStore,
    ReturnsService,
    RefundsService,
    AutoCompletion,
    RebateLedger,
    RebatesService,
    AfterSalesSubscriber,
    AfterSalesSchedules,
  ],
  exports: [RebatesService],
})
export class AfterSalesModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register([...COD_PERMISSIONS, ...RETURNS_PERMISSIONS, ...REBATES_PERMISSIONS]);
  }
}
