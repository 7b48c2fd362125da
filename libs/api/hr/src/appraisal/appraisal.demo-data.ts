import { Injectable } from '@nestjs/common';
import { DemoData, DemoDataSeeder, TransactionalConnection } from '@zhanggui/api-platform';
import { Position } from '../organisation/position.entity';
import { AppraisalCycle } from './appraisal.entities';
import { AppraisalService } from './appraisal.service';

const ITEMS: Record<string, Array<{ code: string; name: string; weight: number }>> = {
  'DEMO-SALES-REP': [
    { code: 'sales', name: '销售额达成率', weight: 60 },
    { code: 'new-customers', name: '新客户数', weight: 25 },
    { code: 'teamwork', name: '团队协作', weight: 15 },
  ],
  'DEMO-CS-AGENT': [
    { code: 'satisfaction', name: '客户满意度', weight: 50 },
    { code: 'first-response', name: '首次响应时长', weight: 30 },
    { code: 'knowledge', name: '知识库贡献', weight: 20 },
  ],
};

/** KPI templates for the demo sales reps and agents, and a cycle open for self-review. */
@Injectable()
@DemoData({ order: 47 })
export class AppraisalDemoData implements DemoDataSeeder {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly appraisal: AppraisalService,
  ) {}

  async seed(): Promise<string | void> {
    if (await this.connection.getRepository(AppraisalCycle).exists()) return;
    const positions = await this.connection.getRepository(Position).findBy({});
    let templates = 0;
    for (const position of positions.filter((p) => ITEMS[p.code])) {
      await this.appraisal.putTemplate(position.id, {
        name: `${position.title}季度考核`,
        items: ITEMS[position.code],
      });
      templates++;
    }
    if (templates === 0) return;
    const year = new Date().getUTCFullYear();
    const cycle = await this.appraisal.createCycle({
      name: `${year} 年第四季度考核（演示）`,
      periodStart: `${year}-10-01`,
      periodEnd: `${year}-12-31`,
      forcedDistribution: { S: 10, A: 30 },
    });
    await this.appraisal.advance(cycle.id);
    return `${templates} KPI templates, cycle ${cycle.number} in self-review`;
  }
}
