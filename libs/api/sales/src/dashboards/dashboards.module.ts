import { Module } from '@nestjs/common';
import { FinanceModule } from '@zhanggui/api-finance';
import { HrModule } from '@zhanggui/api-hr';
import { IdentityModule } from '@zhanggui/api-identity';
import { InventoryModule } from '@zhanggui/api-inventory';
import { OrdersModule } from '@zhanggui/api-orders';
import { SupportModule } from '@zhanggui/api-support';
import { TerritoryDirectory } from '../territories/territory-directory';
import { DashboardsController } from './dashboards.controller';
import { GeneralManagerDashboardService } from './general-manager-dashboard.service';

/** The dashboards read every department below sales; kept apart so the rest of sales does not. */
@Module({
  imports: [IdentityModule, OrdersModule, InventoryModule, SupportModule, HrModule, FinanceModule],
  controllers: [DashboardsController],
  providers: [TerritoryDirectory, GeneralManagerDashboardService],
})
export class DashboardsModule {}
