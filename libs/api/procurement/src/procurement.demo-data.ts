import { Injectable } from '@nestjs/common';
import { DemoData, DemoDataSeeder, TransactionalConnection } from '@zhanggui/api-platform';
import { StockService } from '@zhanggui/api-inventory';
import { ProcurementReferences } from './purchase-orders/purchase-order-references';
import { PurchaseOrdersService } from './purchase-orders/purchase-orders.service';
import { addDays, businessDay } from './shared/business-day';
import { Supplier } from './suppliers/supplier.entity';
import { SuppliersService } from './suppliers/suppliers.service';

/** Clearly fake suppliers: names say 演示, accounts are not real banks' numbers. */
const DEMO_SUPPLIERS = [
  {
    code: 'DEMO-SUP-LY',
    name: '演示 深圳绿源电子有限公司',
    contacts: [{ name: '王经理', phone: '13800138000', email: 'wang@example.com' }],
    bankName: '演示银行深圳分行',
    bankAccount: '6222000000001234',
    paymentTermsDays: 30,
    leadTimeDays: 7,
  },
  {
    code: 'DEMO-SUP-HX',
    name: '演示 东莞华芯配件厂',
    contacts: [{ name: '李小姐', phone: '13900139000' }],
    bankName: '演示银行东莞分行',
    bankAccount: '6217000000005678',
    paymentTermsDays: 45,
    leadTimeDays: 12,
  },
  {
    code: 'DEMO-SUP-YD',
    name: '演示 义乌优达贸易公司',
    contacts: [{ name: '陈先生', email: 'chen@example.com' }],
    paymentTermsDays: 15,
    leadTimeDays: 5,
  },
];

/** Orders to place in the demo: SKU code, quantity, unit price in 分 (near the demo costs). */
const DEMO_ORDER: Array<[string, number, number]> = [
  ['DEMO-CHG-67W', 50, 4400],
  ['DEMO-CBL-C1M', 100, 780],
];

@Injectable()
@DemoData({ order: 35 })
export class ProcurementDemoData implements DemoDataSeeder {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly suppliers: SuppliersService,
    private readonly orders: PurchaseOrdersService,
    private readonly stock: StockService,
    private readonly references: ProcurementReferences,
  ) {}

  async seed(): Promise<string | void> {
    if (await this.connection.getRepository(Supplier).exists()) return;
    const created = [];
    for (const supplier of DEMO_SUPPLIERS) created.push(await this.suppliers.create(supplier));
    const ordered = await this.seedOrder(created[0].id, created[0].leadTimeDays);
    return `Demo data: ${created.length} suppliers${ordered ? ` and purchase order ${ordered}` : ''}`;
  }

  /** One order sent to the first supplier, for the warehouse that holds the demo stock, ready to receive. */
  private async seedOrder(supplierId: string, leadTimeDays: number): Promise<string | undefined> {
    const levels = await this.stock.levels({});
    if (levels.length === 0) return undefined;
    const skus = await this.references.skuSummaries([...new Set(levels.map((level) => level.skuId))]);
    const idByCode = new Map([...skus.values()].map((sku) => [sku.code, sku.id]));
    const lines = DEMO_ORDER.filter(([code]) => idByCode.has(code)).map(([code, quantity, unitPrice]) => ({
      skuId: idByCode.get(code)!,
      quantity,
      unitPrice,
    }));
    if (lines.length === 0) return undefined;
    const { order } = await this.orders.create({
      supplierId,
      warehouseId: levels[0].warehouseId,
      lines,
      expectedDate: addDays(businessDay(new Date()), leadTimeDays),
      note: '演示采购订单',
    });
    await this.orders.submit(order.id);
    await this.orders.send(order.id);
    return order.number;
  }
}
