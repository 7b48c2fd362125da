import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { CatalogModule } from '@zhanggui/api-catalog';
import { CatalogSkus } from './catalog-skus/catalog-skus.reader';
import { InventoryDemoData } from './inventory.demo-data';
import { INVENTORY_PERMISSIONS } from './inventory.permissions';
import { StockAdjustmentsService } from './stock/stock-adjustments.service';
import { StockAlert } from './stock/stock-alert.entity';
import { StockHistoryService } from './stock/stock-history.service';
import { StockLabels } from './stock/stock-labels';
import { StockLedger } from './stock/stock-ledger';
import { StockLevel } from './stock/stock-level.entity';
import { StockLevelsController } from './stock/stock-levels.controller';
import { StockLevelsService } from './stock/stock-levels.service';
import { StockMovement } from './stock/stock-movement.entity';
import { StockMovementsController } from './stock/stock-movements.controller';
import { StockService } from './stock/stock.service';
import { Stocktake, StocktakeLine } from './stocktakes/stocktake.entity';
import { StocktakesController } from './stocktakes/stocktakes.controller';
import { StocktakesService } from './stocktakes/stocktakes.service';
import { StockTransfer, StockTransferLine } from './transfers/stock-transfer.entity';
import { StockTransfersController } from './transfers/stock-transfers.controller';
import { StockTransfersService } from './transfers/stock-transfers.service';
import { Warehouse } from './warehouses/warehouse.entity';
import { StockAlertFiguresService } from './stock/stock-alert-figures.service';
import { WarehousesController } from './warehouses/warehouses.controller';
import { WarehousesService } from './warehouses/warehouses.service';
import { TransferFiguresService } from './transfers/transfer-figures.service';

/**
 * The inventory domain: warehouses, stock balances and their append-only movements, reservations per source
 * document, stocktakes, transfers, reorder points and low-stock alerts. Procurement and orders move stock
 * through StockService, inside their own transactions.
 */
@Module({
  imports: [
    IdentityModule,
    CatalogModule,
    TypeOrmModule.forFeature([
      Warehouse,
      StockLevel,
      StockMovement,
      StockAlert,
      Stocktake,
      StocktakeLine,
      StockTransfer,
      StockTransferLine,
    ]),
  ],
  controllers: [
    WarehousesController,
    StockLevelsController,
    StockMovementsController,
    StocktakesController,
    StockTransfersController,
  ],
  providers: [
    TransferFiguresService,
    CatalogSkus,
    WarehousesService,
    StockLedger,
    StockLabels,
    StockService,
    StockLevelsService,
    StockHistoryService,
    StockAdjustmentsService,
    StocktakesService,
    StockTransfersService,
    InventoryDemoData,
    StockAlertFiguresService,
  ],
  exports: [StockService, WarehousesService, StockAlertFiguresService, TransferFiguresService],
})
export class InventoryModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(INVENTORY_PERMISSIONS);
  }
}
