import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PlatformModule } from '@zhanggui/api-platform';
import { ApprovalsModule } from '@zhanggui/api-approvals';
import { CatalogModule } from '@zhanggui/api-catalog';
import { FinanceModule } from '@zhanggui/api-finance';
import { HrModule } from '@zhanggui/api-hr';
import { IdentityModule } from '@zhanggui/api-identity';
import { InventoryModule } from '@zhanggui/api-inventory';
import { OrdersModule } from '@zhanggui/api-orders';
import { ProcurementModule } from '@zhanggui/api-procurement';
import { SalesModule } from '@zhanggui/api-sales';
import { SupportModule } from '@zhanggui/api-support';
import { allMigrations } from './app.migrations';

/** The company in one process: the platform and one module per department's domain. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, { migrations: allMigrations }),
        IdentityModule,
        ApprovalsModule,
        CatalogModule,
        InventoryModule,
        ProcurementModule,
        OrdersModule,
        SupportModule,
        HrModule,
        FinanceModule,
        SalesModule,
      ],
    };
  }
}
