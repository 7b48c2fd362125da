import { Injectable } from '@nestjs/common';
import { DemoData, DemoDataSeeder, TransactionalConnection } from '@zhanggui/api-platform';
import { OrgUnitsService } from '@zhanggui/api-identity';
import { CatalogSkus } from './catalog-skus/catalog-skus.reader';
import { StockService } from './stock/stock.service';
import { Warehouse } from './warehouses/warehouse.entity';
import { WarehousesService } from './warehouses/warehouses.service';

/** [code, name, city org-unit code] in the demo sales territories. */
const DEMO_WAREHOUSES: Array<[string, string, string]> = [
  ['GZ-01', '广州白云仓（演示）', 'GD-GZ'],
  ['HZ-01', '杭州萧山仓（演示）', 'ZJ-HZ'],
];

/** Opening stock per demo SKU and warehouse, with a reorder point; one SKU starts low to show an alert. */
const OPENING_STOCK: Array<{ sku: string; stock: [number, number]; reorderPoint: number }> = [
  { sku: 'DEMO-CASE-IP15-BLK', stock: [120, 80], reorderPoint: 30 },
  { sku: 'DEMO-CASE-IP15-CLR', stock: [60, 40], reorderPoint: 20 },
  { sku: 'DEMO-CHG-67W', stock: [35, 12], reorderPoint: 15 },
  { sku: 'DEMO-CBL-C1M', stock: [200, 150], reorderPoint: 50 },
  { sku: 'DEMO-CBL-C2M', stock: [90, 60], reorderPoint: 30 },
  { sku: 'DEMO-EAR-ANC', stock: [15, 8], reorderPoint: 5 },
  { sku: 'DEMO-HOLDER-CAR', stock: [40, 25], reorderPoint: 10 },
];

@Injectable()
@DemoData({ order: 30 })
export class InventoryDemoData implements DemoDataSeeder {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly warehouses: WarehousesService,
    private readonly orgUnits: OrgUnitsService,
    private readonly skus: CatalogSkus,
    private readonly stock: StockService,
  ) {}

  async seed(): Promise<string | void> {
    if (await this.connection.getRepository(Warehouse).exists()) return;
    const cities = await this.orgUnits.list({ kind: 'city', limit: 200 } as Parameters<
      OrgUnitsService['list']
    >[0]);
    const cityId = new Map(cities.data.map((unit) => [unit.code, unit.id]));
    const warehouseIds: string[] = [];
    for (const [code, name, city] of DEMO_WAREHOUSES) {
      const warehouse = await this.warehouses.create({ code, name, regionId: cityId.get(city) });
      warehouseIds.push(warehouse.id);
    }
    const skus = await this.skus.idsByCode(OPENING_STOCK.map((line) => line.sku));
    let balances = 0;
    for (const line of OPENING_STOCK) {
      const skuId = skus.get(line.sku);
      if (!skuId) continue;
      for (const [index, warehouseId] of warehouseIds.entries()) {
        await this.connection.manager.query(
          `INSERT INTO stock_level (sku_id, warehouse_id, reorder_point, safety_stock) VALUES ($1, $2, $3, $4)`,
          [skuId, warehouseId, line.reorderPoint, Math.floor(line.reorderPoint / 2)],
        );
        await this.stock.receive({
          skuId,
          warehouseId,
          quantity: line.stock[index],
          source: { type: 'opening-balance', id: warehouseId, number: 'OPENING' },
          note: '演示数据期初库存',
        });
        balances++;
      }
    }
    return `Demo data: ${warehouseIds.length} warehouses and opening stock for ${balances} SKU balances`;
  }
}
