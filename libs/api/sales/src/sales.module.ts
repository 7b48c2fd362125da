import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { OrdersModule } from '@zhanggui/api-orders';
import { CampaignAssetsController } from './campaigns/campaign-assets.controller';
import { CampaignAssetsService } from './campaigns/campaign-assets.service';
import { CampaignEffectService } from './campaigns/campaign-effect.service';
import { Campaign, CampaignAsset, CampaignHistory, CampaignVisit } from './campaigns/campaign.entities';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CampaignsService } from './campaigns/campaigns.service';
import { CommissionPlansController } from './commissions/commission-plans.controller';
import { CommissionPlansService } from './commissions/commission-plans.service';
import { CommissionRunsController } from './commissions/commission-runs.controller';
import { CommissionRunsService } from './commissions/commission-runs.service';
import { CommissionLine, CommissionPlan, CommissionRun } from './commissions/commission.entities';
import { SiteContentItemsController } from './content/site-content-items.controller';
import { SiteContentController } from './content/site-content.controller';
import { SiteContent } from './content/site-content.entity';
import { SiteContentService } from './content/site-content.service';
import { FinanceModule } from '@zhanggui/api-finance';
import { HrModule } from '@zhanggui/api-hr';
import { DashboardsModule } from './dashboards/dashboards.module';
import { SalesExpenseControlController } from './expense-control/sales-expense-control.controller';
import { SalesExpenseControlService } from './expense-control/sales-expense-control.service';
import { FranchisePartner, FranchisePartnerHistory } from './franchise/franchise-partner.entities';
import { FranchisePartnersController } from './franchise/franchise-partners.controller';
import { FranchisePartnersService } from './franchise/franchise-partners.service';
import { LogisticsPartner } from './logistics/logistics-partner.entity';
import { LogisticsPartnersController } from './logistics/logistics-partners.controller';
import { LogisticsPartnersService } from './logistics/logistics-partners.service';
import { OperatingReport } from './reports/operating-report.entity';
import { OperatingReportsController } from './reports/operating-reports.controller';
import { OperatingReportsService } from './reports/operating-reports.service';
import { SalesDemoData } from './sales.demo-data';
import { SALES_PERMISSIONS } from './sales.permissions';
import { SalesTarget, SalesTargetAllocation } from './targets/sales-target.entity';
import { CityPeople } from './targets/city-people';
import { CityPeopleController } from './targets/city-people.controller';
import { SalesTargetsController } from './targets/sales-targets.controller';
import { SalesTargetsService } from './targets/sales-targets.service';
import { TargetProgress } from './targets/target-progress';
import { SalesTerritoriesController } from './territories/sales-territories.controller';
import { TerritoryDirectory } from './territories/territory-directory';

/**
 * The sales domain (销售): territories with their managers and logistics partners, targets allocated down
 * the tree with actuals from orders, commissions, operating reports, the franchise pipeline. Campaigns,
 * content, expense control and dashboards come later (issue 10).
 */
@Module({
  imports: [
    IdentityModule,
    CatalogModule,
    OrdersModule,
    DashboardsModule,
    FinanceModule,
    HrModule,
    TypeOrmModule.forFeature([
      LogisticsPartner,
      SalesTarget,
      SalesTargetAllocation,
      CommissionPlan,
      CommissionRun,
      CommissionLine,
      OperatingReport,
      FranchisePartner,
      FranchisePartnerHistory,
      Campaign,
      CampaignHistory,
      CampaignAsset,
      CampaignVisit,
      SiteContent,
    ]),
  ],
  controllers: [
    SalesTerritoriesController,
    LogisticsPartnersController,
    SalesTargetsController,
    CityPeopleController,
    CommissionPlansController,
    CommissionRunsController,
    OperatingReportsController,
    FranchisePartnersController,
    SalesExpenseControlController,
    CampaignsController,
    CampaignAssetsController,
    SiteContentItemsController,
    SiteContentController,
  ],
  providers: [
    TerritoryDirectory,
    LogisticsPartnersService,
    SalesTargetsService,
    TargetProgress,
    CityPeople,
    CommissionPlansService,
    CommissionRunsService,
    OperatingReportsService,
    FranchisePartnersService,
    SalesExpenseControlService,
    CampaignsService,
    CampaignEffectService,
    CampaignAssetsService,
    SiteContentService,
    SalesDemoData,
  ],
})
export class SalesModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(SALES_PERMISSIONS);
  }
}
