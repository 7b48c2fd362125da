import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { AfterSalesModule } from './after-sales.module';
import { CustomerAddress } from './customers/customer-address.entity';
import { CustomerAddressesController } from './customers/customer-addresses.controller';
import { CustomerAddressesService } from './customers/customer-addresses.service';
import { CustomerHistory } from './customers/customer-history';
import { CustomerListService } from './customers/customer-list.service';
import { CustomerMergeController } from './customers/customer-merge.controller';
import { CustomerMergeService } from './customers/customer-merge.service';
import { CustomerTerritory } from './customers/customer-territory';
import { Customer } from './customers/customer.entity';
import { CustomersController } from './customers/customers.controller';
import { CustomersService } from './customers/customers.service';
import { ChinaDivisions } from './divisions/china-divisions';
import { ChinaDivisionsController } from './divisions/china-divisions.controller';
import { MemberLevel } from './members/member-level.entity';
import { MemberLevelsController } from './members/member-levels.controller';
import { MemberLevelsService } from './members/member-levels.service';
import { Member } from './members/member.entity';
import { MembersController } from './members/members.controller';
import { MembersService } from './members/members.service';
import { OrdersDemoData } from './orders.demo-data';
import { ORDERS_PERMISSIONS } from './orders.permissions';
import { OrderProcessingModule } from './orders/order-processing.module';
import { OrderDashboardFiguresService } from './orders/order-dashboard-figures.service';
import { PromotionOrderFiguresService } from './orders/promotion-order-figures.service';
import { TerritoryFiguresService } from './orders/territory-figures.service';
import { TerritoryCitiesController } from './territories/territory-cities.controller';
import { TerritoryCitiesService } from './territories/territory-cities.service';
import { TerritoryCity } from './territories/territory-city.entity';

/**
 * Customer service's domain: customers and members (会员) so far; orders, payments, shipments, COD, returns
 * and rebates are built on CustomersService and MembersService next.
 */
@Module({
  imports: [
    IdentityModule,
    OrderProcessingModule,
    AfterSalesModule,
    TypeOrmModule.forFeature([Customer, CustomerAddress, TerritoryCity, MemberLevel, Member]),
  ],
  controllers: [
    CustomersController,
    CustomerAddressesController,
    CustomerMergeController,
    ChinaDivisionsController,
    TerritoryCitiesController,
    MembersController,
    MemberLevelsController,
  ],
  providers: [
    { provide: ChinaDivisions, useFactory: () => ChinaDivisions.packaged() },
    CustomersService,
    CustomerListService,
    CustomerAddressesService,
    CustomerMergeService,
    CustomerTerritory,
    CustomerHistory,
    TerritoryCitiesService,
    MemberLevelsService,
    MembersService,
    OrdersDemoData,
    TerritoryFiguresService,
    OrderDashboardFiguresService,
    PromotionOrderFiguresService,
  ],
  exports: [
    CustomersService,
    MembersService,
    TerritoryFiguresService,
    OrderDashboardFiguresService,
    PromotionOrderFiguresService,
  ],
})
export class OrdersModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(ORDERS_PERMISSIONS);
  }
}
