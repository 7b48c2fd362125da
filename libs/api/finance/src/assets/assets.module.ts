import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepreciationRunService } from './depreciation-run.service';
import { FixedAsset } from './fixed-asset.entity';
import { DepreciationRunsController, FixedAssetsController } from './fixed-assets.controller';
import { FixedAssetsService } from './fixed-assets.service';

/**
 * 资产管理: the fixed-asset register and month-end depreciation. It posts through LedgerModule's
 * posting service.
 */
@Module({
  imports: [LedgerModule, TypeOrmModule.forFeature([FixedAsset])],
  controllers: [FixedAssetsController, DepreciationRunsController],
  providers: [FixedAssetsService, DepreciationRunService],
})
export class AssetsModule {}
