import { Injectable } from '@nestjs/common';
import { OrgUnitsService } from '@zhanggui/api-identity';
import { beijingDate, DemoData, DemoDataSeeder, TransactionalConnection } from '@zhanggui/api-platform';
import { LabourContract } from './contracts/labour-contract.entity';
import { Employee } from './employees/employee.entity';
import { EmployeesService } from './employees/employees.service';
import { PersonnelAction } from './personnel-actions/personnel-action.entity';
import { ProbationItem } from './probation/probation.entities';
import { Position } from './organisation/position.entity';
import { PositionsService, thisYear } from './organisation/positions.service';
import { Candidate, HiringRequest } from './recruitment/recruitment.entities';
import { addDays, addMonths } from './shared/dates';

/** [unit code, position code, title, grade, planned, employees to seed] — a clearly fake company. */
const DEMO_POSITIONS: Array<[string, string, string, string, number, number]> = [
  ['SALES', 'DEMO-SALES-MGR', '销售经理', 'M2', 1, 1],
  ['SALES', 'DEMO-SALES-REP', '销售代表', 'P2', 8, 5],
  ['CS', 'DEMO-CS-LEAD', '客服主管', 'M1', 1, 1],
  ['CS', 'DEMO-CS-AGENT', '客服专员', 'P1', 8, 6],
  ['HR', 'DEMO-HR-SPEC', '人事专员', 'P2', 2, 2],
  ['FIN', 'DEMO-FIN-ACC', '会计', 'P2', 3, 2],
  ['NET', 'DEMO-NET-DEV', '程序员', 'P3', 4, 3],
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '桂英',
  '丽',
];

/**
 * Always in the past, whatever day the demo starts on (a hire date within this year could lie ahead of it in
 * spring): regulars on the first of a month four months to three years back, probationers ten weeks back,
 * their first two assessments done and the confirmation ahead.
 */
function demoHireDate(i: number): string {
  const today = beijingDate(new Date());
  if (i % 4 === 3) return addDays(today, -70);
  return addMonths(`${today.slice(0, 7)}-01`, -(12 * (1 + (i % 3)) - (i % 9)));
}

@Injectable()
@DemoData({ order: 45 })
export class HrDemoData implements DemoDataSeeder {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orgUnits: OrgUnitsService,
    private readonly positions: PositionsService,
    private readonly employees: EmployeesService,
  ) {}

  async seed(): Promise<string | void> {
    if (await this.connection.getRepository(Position).exists()) return;
    const units = await this.orgUnits.list({ limit: 200, kind: 'department' });
    const unitByCode = new Map(units.data.map((u) => [u.code, u.id]));
    const period = thisYear();
    let people = 0;
    let salesRep: Position | undefined;
    const seededEmployees: Employee[] = [];
    for (const [unitCode, code, title, grade, planned, seeded] of DEMO_POSITIONS) {
      const orgUnitId = unitByCode.get(unitCode);
      if (!orgUnitId) continue;
      const position = await this.positions.create({
        code,
        title,
        orgUnitId,
        grade,
        duties: `${title}的岗位职责（演示）`,
      });
      if (code === 'DEMO-SALES-REP') salesRep = position;
      await this.positions.setHeadcount(position.id, period, planned);
      for (let i = 0; i < seeded; i++, people++) {
        const employee = await this.employees.create({
          name: `${SURNAMES[people % SURNAMES.length]}${GIVEN[(people * 7) % GIVEN.length]}（演示）`,
          positionId: position.id,
          hireDate: demoHireDate(i),
          status: i % 4 === 3 ? 'probation' : 'regular',
          salary: 600000 + 50000 * i,
          phone: `1380000${String(1000 + people).padStart(4, '0')}`,
          idNumber: `44010619900101${String(1000 + people).slice(-4)}`,
          bankName: '演示银行',
          bankAccount: `62220000000${String(10000 + people)}`,
        });
        seededEmployees.push(employee);
      }
    }
    if (salesRep) {
      // An approved request from before (the demo has nobody signed in to send one for approval now).
      const requests = this.connection.getRepository(HiringRequest);
      const request = await requests.save(
        requests.create({
          number: `HQ-DEMO-0001`,
          orgUnitId: salesRep.orgUnitId,
          positionId: salesRep.id,
          period,
          headcount: 2,
          hired: 0,
          reason: '华南业务扩张（演示）',
          wantedBy: null,
          status: 'approved',
          requestedBy: null,
        }),
      );
      const candidates = this.connection.getRepository(Candidate);
      for (const [name, stage, source] of [
        ['赵一（演示）', 'applied', 'BOSS直聘'],
        ['钱二（演示）', 'screening', '内部推荐'],
        ['孙三（演示）', 'interview', '猎聘'],
        ['李四（演示）', 'offer', '校园招聘'],
      ] as const)
        await candidates.save(
          candidates.create({
            hiringRequestId: request.id,
            orgUnitId: request.orgUnitId,
            name,
            phone: null,
            email: null,
            source,
            stage,
            offeredSalary: stage === 'offer' ? 650000 : null,
            employeeId: null,
          }),
        );
    }
    const contracts = await this.seedContracts(seededEmployees);
    const probationer = seededEmployees.find((e) => e.status === 'probation');
    if (probationer) await this.seedProbation(probationer);
    const promoted = seededEmployees.find((e) => e.positionId === salesRep?.id && e.status === 'regular');
    if (promoted) await this.seedAction(promoted);
    return (
      `Demo data: ${DEMO_POSITIONS.length} positions with headcount plans, ${people} employees, ${contracts} ` +
      `labour contracts (some expiring soon), one open hiring request with candidates, a probationer with ` +
      `assessments, an approved promotion waiting for its effective date`
    );
  }

  /** A three-year contract each; two end within 60 days so the "expiring" list and the reminders show. */
  private async seedContracts(employees: Employee[]): Promise<number> {
    const repo = this.connection.getRepository(LabourContract);
    const today = beijingDate(new Date());
    for (const [i, e] of employees.entries()) {
      const endsOn =
        i === 1 ? addDays(today, 20) : i === 4 ? addDays(today, 45) : addDays(addMonths(e.hireDate, 36), -1);
      await repo.save(
        repo.create({
          number: `LC-DEMO-${String(i + 1).padStart(4, '0')}`,
          employeeId: e.id,
          type: 'fixed_term',
          startsOn: i === 1 || i === 4 ? addDays(addMonths(endsOn, -36), 1) : e.hireDate,
          endsOn,
          probationMonths: 3,
          status: 'active',
          note: null,
          renewedFromId: null,
          terminatedOn: null,
          terminationReason: null,
        }),
      );
    }
    return employees.length;
  }

  private async seedProbation(e: Employee): Promise<void> {
    const repo = this.connection.getRepository(ProbationItem);
    for (const [kind, title, offsetDays, score] of [
      ['training', '新员工入职培训（演示）', 7, null],
      ['assessment', '第一个月考核（演示）', 30, 82],
      ['assessment', '第二个月考核（演示）', 60, 88],
      ['assessment', '转正答辩（演示）', 85, null],
    ] as const) {
      const due = addDays(e.hireDate, offsetDays);
      const done = kind === 'training' || score !== null;
      await repo.save(
        repo.create({
          employeeId: e.id,
          kind,
          title,
          dueOn: due,
          completedOn: done ? due : null,
          score,
          note: null,
        }),
      );
    }
  }

  /** Approved before the demo started (nobody is signed in to send it now); the daily job applies it. */
  private async seedAction(e: Employee): Promise<void> {
    const repo = this.connection.getRepository(PersonnelAction);
    await repo.save(
      repo.create({
        number: 'PA-DEMO-0001',
        employeeId: e.id,
        orgUnitId: e.orgUnitId,
        type: 'promotion',
        effectiveOn: addMonths(beijingDate(new Date()), 1),
        changes: { grade: 'P3', salary: (e.salary ?? 600000) + 100000 },
        before: null,
        reason: '业绩突出，晋升为高级销售代表（演示）',
        status: 'approved',
        approvalRequestId: null,
        appliedAt: null,
      }),
    );
  }
}
