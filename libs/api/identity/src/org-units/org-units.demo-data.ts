import { Injectable } from '@nestjs/common';
import { DemoData, DemoDataSeeder, TransactionalConnection } from '@zhanggui/api-platform';
import type { OrgUnitKind } from './org-unit-kind';
import { OrgUnit } from './org-unit.entity';

/** [code, name, kind, parent code] — a clearly fake company, its departments and two sales provinces. */
const DEMO_UNITS: Array<[string, string, OrgUnitKind, string | null]> = [
  ['DEMO', '掌柜演示网络公司（示例数据）', 'company', null],
  ['SALES', '销售部', 'department', 'DEMO'],
  ['NET', '网络技术部', 'department', 'DEMO'],
  ['CS', '客服部', 'department', 'DEMO'],
  ['HR', '人事部', 'department', 'DEMO'],
  ['FIN', '财务部', 'department', 'DEMO'],
  ['PLAN', '企划部', 'department', 'DEMO'],
  ['CS-HOTLINE', '电话客服组', 'team', 'CS'],
  ['CS-ONLINE', '在线客服组', 'team', 'CS'],
  ['GD', '广东省', 'province', 'DEMO'],
  ['GD-PRD', '珠三角区域', 'region', 'GD'],
  ['GD-GZ', '广州市', 'city', 'GD-PRD'],
  ['GD-SZ', '深圳市', 'city', 'GD-PRD'],
  ['ZJ', '浙江省', 'province', 'DEMO'],
  ['ZJ-NORTH', '浙北区域', 'region', 'ZJ'],
  ['ZJ-HZ', '杭州市', 'city', 'ZJ-NORTH'],
];

@Injectable()
@DemoData({ order: 10 })
export class OrgUnitsDemoData implements DemoDataSeeder {
  constructor(private readonly connection: TransactionalConnection) {}

  async seed(): Promise<string | void> {
    const units = this.connection.getRepository(OrgUnit);
    if (await units.existsBy({ kind: 'company' })) return;
    const idByCode = new Map<string, string>();
    for (const [code, name, kind, parentCode] of DEMO_UNITS) {
      const saved = await units.save(
        units.create({
          code,
          name,
          kind,
          parentId: parentCode ? idByCode.get(parentCode)! : null,
          status: 'active',
        }),
      );
      idByCode.set(code, saved.id);
    }
    return `Demo data: ${DEMO_UNITS.length} org units (a fake company, its departments and sales territories)`;
  }
}
