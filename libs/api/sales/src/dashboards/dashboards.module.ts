import { Module } from '@nestjs/common';
import { FinanceModule } from '@zhanggui/api-finance';
import { HrModule } from '@zhanggui/api-hr';
import { IdentityModule } from '@zhanggui/api-identity';
import { InventoryModule } from '@zhanggui/api-inventory';
import { OrdersModule } from '@zhanggui/api-orders';
import { ProcurementModule } from '@zhanggui/api-procurement';
import { SupportModule } from '@zhanggui/api-support';
import { TerritoryDirectory } from '../territories/territory-directory';
import { DashboardsController } from './dashboards.controller';
import { DepartmentDashboardsController } from './department-dashboards.controller';
import { FinanceDashboardService } from './finance-dashboard.service';
import { GeneralManagerDashboardService } from './general-manager-dashboard.service';
import { HrDashboardService } from './hr-dashboard.service';
import { ProcurementDashboardService } from './procurement-dashboard.service';
import { SalesDashboardService } from './sales-dashboard.service';
import { SupportDashboardService } from './support-dashboard.service';
import { WarehouseDashboardService } from './warehouse-dashboard.service';

/** The dashboards read every department below sales; kept apart so the rest of sales does not. */
@Module({
  imports: [
    IdentityModule,
    OrdersModule,
    InventoryModule,
    ProcurementModule,
    SupportModule,
    HrModule,
    FinanceModule,
  ],
  controllers: [DashboardsController, DepartmentDashboardsController],
  providers: [
    TerritoryDirectory,
    GeneralManagerDashboardService,
    SalesDashboardService,
    ProcurementDashboardService,
    SupportDashboardService,
    WarehouseDashboardService,
    HrDashboardService,
    FinanceDashboardService,
  ],
})
export class DashboardsModule {}
