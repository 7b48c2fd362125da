import { Injectable } from '@nestjs/common';
import { DemoData, DemoDataSeeder, TransactionalConnection } from '@zhanggui/api-platform';
import { CommissionPlan } from './commissions/commission.entities';
import { CommissionPlansService } from './commissions/commission-plans.service';
import { LogisticsPartnersService } from './logistics/logistics-partners.service';
import { splitByWeights } from './targets/allocation-rules';
import { SalesTargetsService } from './targets/sales-targets.service';
import { TerritoryDirectory } from './territories/territory-directory';

/** This month in Beijing (`2026-11`): the demo target is always current. */
function beijingMonth(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
}

/**
 * Demo: a logistics partner for the Pearl River Delta, this month's target for 广东省 allocated down to its
 * region and cities (3:2 between 广州 and 深圳), and a standard commission plan.
 */
@Injectable()
@DemoData({ order: 60 })
export class SalesDemoData implements DemoDataSeeder {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly directory: TerritoryDirectory,
    private readonly partners: LogisticsPartnersService,
    private readonly targets: SalesTargetsService,
    private readonly plans: CommissionPlansService,
  ) {}

  async seed(): Promise<string | void> {
    if (await this.connection.getRepository(CommissionPlan).exists()) return;
    const byCode = new Map((await this.directory.units(null)).map((unit) => [unit.code, unit.id]));
    const [gd, prd, gz, sz] = ['GD', 'GD-PRD', 'GD-GZ', 'GD-SZ'].map((code) => byCode.get(code));
    await this.plans.create({
      code: 'DEMO-STD',
      name: '演示 标准提成方案',
      tiers: [
        { fromAttainmentBp: 0, rateBp: 100 },
        { fromAttainmentBp: 8_000, rateBp: 200 },
        { fromAttainmentBp: 10_000, rateBp: 300 },
      ],
    });
    if (!gd || !prd || !gz || !sz) return 'Demo data: a commission plan (no demo territories)';
    await this.partners.create({
      code: 'DEMO-LOG-PRD',
      name: '演示 珠三角同城配送有限公司',
      regionId: prd,
      cityIds: [gz, sz],
      contacts: [{ name: '周调度', phone: '13700137000', role: '调度' }],
      terms: '广州、深圳市区次日达；首重 8 元，续重 2 元/kg；代收货款 T+1 回款；月结。',
    });
    const amount = 300_000_000;
    const target = await this.targets.create({
      period: beijingMonth(),
      orgUnitId: gd,
      amount,
      note: '演示月度任务',
    });
    await this.targets.setAllocations(target.id, gd, [{ orgUnitId: prd, amount }]);
    const [toGz, toSz] = splitByWeights(amount, [3, 2]);
    await this.targets.setAllocations(target.id, prd, [
      { orgUnitId: gz, amount: toGz },
      { orgUnitId: sz, amount: toSz },
    ]);
    return `Demo data: logistics partner DEMO-LOG-PRD, sales target ${target.number}, commission plan DEMO-STD`;
  }
}
