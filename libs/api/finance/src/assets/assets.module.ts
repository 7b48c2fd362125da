import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HrModule } from '@zhanggui/api-hr';
import { AssetCustodiansService } from './asset-custodians.service';
import { DepreciationRunService } from './depreciation-run.service';
import { FixedAsset } from './fixed-asset.entity';
import { DepreciationRunsController, FixedAssetsController } from './fixed-assets.controller';
import { FixedAssetsService } from './fixed-assets.service';

/**
 * 资产管理: the fixed-asset register and month-end depreciation. It posts through LedgerModule's
 * posting service; custodians are named through HrModule's exported employees service.
 */
@Module({
  imports: [LedgerModule, HrModule, TypeOrmModule.forFeature([FixedAsset])],
  controllers: [FixedAssetsController, DepreciationRunsController],
  providers: [FixedAssetsService, DepreciationRunService, AssetCustodiansService],
})
export class AssetsModule {}
