import { Injectable } from '@nestjs/common';
import { OrgUnitsService, UsersService } from '@zhanggui/api-identity';
import {
  beijingDate,
  DemoData,
  DemoDataSeeder,
  DocumentNumbers,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { ContractHistory } from './contract-history';
import { Contract } from './contract.entity';
import type { ContractKind, ContractStatus } from './contract-states';

interface DemoContract {
  title: string;
  kind: ContractKind;
  counterpartyName: string;
  unitCode: string;
  amount: number;
  status: ContractStatus;
  /** Days from today: the contract's term, so one is always about to expire on a fresh start. */
  startsInDays: number;
  endsInDays: number;
}

/** Clearly fake parties (演示) and amounts in 分. */
const DEMO_CONTRACTS: DemoContract[] = [
  {
    title: '广州仓库租赁合同（演示）',
    kind: 'lease',
    counterpartyName: '演示白云物流园有限公司',
    unitCode: 'GD-GZ',
    amount: 36_000_000,
    status: 'active',
    startsInDays: -345,
    endsInDays: 20,
  },
  {
    title: '珠三角配送服务合同（演示）',
    kind: 'service',
    counterpartyName: '演示顺达快运有限公司',
    unitCode: 'GD-PRD',
    amount: 12_000_000,
    status: 'active',
    startsInDays: -120,
    endsInDays: 245,
  },
  {
    title: '杭州加盟店合作协议（演示）',
    kind: 'franchise',
    counterpartyName: '演示西湖优选商贸有限公司',
    unitCode: 'ZJ-HZ',
    amount: 5_000_000,
    status: 'draft',
    startsInDays: 30,
    endsInDays: 395,
  },
];

/**
 * A few economic contracts for the console on a fresh start: two running (one within the 30-day expiry
 * reminder) and a draft to submit. Written directly as the approved state they show, since the approvals
 * engine needs signed-in deciders; each gets its first history step.
 */
@Injectable()
@DemoData({ order: 92 })
export class ContractsDemoData implements DemoDataSeeder {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orgUnits: OrgUnitsService,
    private readonly users: UsersService,
    private readonly history: ContractHistory,
    private readonly numbers: DocumentNumbers,
  ) {}

  async seed(): Promise<string | void> {
    const contracts = this.connection.getRepository(Contract);
    if (await contracts.exists()) return;
    const units = await this.orgUnits.list({ limit: 200 } as never);
    const unitByCode = new Map(units.data.map((u) => [u.code, u.id]));
    const [owner] = [
      ...(await this.users.holdersOf('finance', null)),
      ...(await this.users.holdersOf('system-administrator', null)),
    ];
    if (!owner) return;
    const today = beijingDate(new Date());
    const day = (offset: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    let seeded = 0;
    for (const demo of DEMO_CONTRACTS) {
      const orgUnitId = unitByCode.get(demo.unitCode);
      if (!orgUnitId) continue;
      const running = demo.status === 'active';
      const contract = await contracts.save(
        contracts.create({
          number: await this.numbers.next('CT'),
          title: demo.title,
          kind: demo.kind,
          counterpartyName: demo.counterpartyName,
          supplierId: null,
          orgUnitId,
          amount: demo.amount,
          currency: 'CNY',
          signedOn: running ? day(demo.startsInDays - 7) : null,
          startsOn: day(demo.startsInDays),
          endsOn: day(demo.endsInDays),
          status: demo.status,
          ownerId: owner.id,
          note: null,
          approvalRequestId: null,
          submittedAt: null,
          approvedAt: running ? new Date(Date.parse(`${day(demo.startsInDays - 7)}T02:00:00Z`)) : null,
          terminatedOn: null,
          decisionNote: null,
        }),
      );
      await this.history.record(contract.id, { action: 'created', to: demo.status, note: '演示数据' });
      seeded += 1;
    }
    return `finance: ${seeded} demo economic contracts`;
  }
}
