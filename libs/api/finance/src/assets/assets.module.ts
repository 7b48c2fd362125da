import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LedgerService } from '../ledger/ledger.service';
import { PeriodsService } from '../ledger/periods.service';
import { DepreciationRunService } from './depreciation-run.service';
import { FixedAsset } from './fixed-asset.entity';
import { DepreciationRunsController, FixedAssetsController } from './fixed-assets.controller';
import { FixedAssetsService } from './fixed-assets.service';

/**
 * 资产管理: the fixed-asset register and month-end depreciation. It posts through its own LedgerService
 * instance (stateless; every call goes through the current transaction), which spares FinanceModule a cycle.
 */
@Module({
  imports: [TypeOrmModule.forFeature([FixedAsset])],
  controllers: [FixedAssetsController, DepreciationRunsController],
  providers: [FixedAssetsService, DepreciationRunService, LedgerService, PeriodsService],
})
export class AssetsModule {}
