import { Injectable, Logger } from '@nestjs/common';
import { OrgUnitsService } from '@zhanggui/api-identity';
import {
  applyDataScope,
  beijingDate,
  DocumentNumbers,
  EventBus,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { Employee } from '../employees/employee.entity';
import { EmployeesService, scopeOf } from '../employees/employees.service';
import {
  EMPLOYEE_STATUS_CHANGED,
  EmployeeStatusChangedPayload,
  PERSONNEL_ACTION_EFFECTIVE,
  PersonnelActionEffectivePayload,
} from '../hr.events';
import {
  EmployeeStatusError,
  PersonnelActionInvalidError,
  PersonnelActionNotFoundError,
  PersonnelActionStateError,
} from '../hr.errors';
import { PositionsService } from '../organisation/positions.service';
import { HrApprovalChains } from '../shared/hr-approval-chains';
import { HrHistory } from '../shared/hr-history';
import type { CreatePersonnelActionDto, ListPersonnelActionsQuery } from './dto/personnel-action.dto';
import { PersonnelAction } from './personnel-action.entity';
import { ACTION_RULES, ActionChanges, changesProblem } from './personnel-action-types';

export const PERSONNEL_ACTION_SUBJECT = 'personnel_action';

const TITLES: Record<string, string> = {
  grading: '定级',
  promotion: '晋升',
  raise: '调薪',
  reward: '奖励',
  discipline: '处分',
  internal_transfer: '内部调动',
  transfer_in: '调入',
  transfer_out: '调出',
  dismissal: '辞退',
  resignation: '辞职',
};

/**
 * Personnel actions (人事异动): proposed by HR, approved through the chain configured for their type, applied
 * to the file on their effective date. Applying keeps the before-values with the action, writes the file's
 * history and publishes PersonnelActionEffective (payroll takes new salaries from it).
 */
@Injectable()
export class PersonnelActionsService {
  private readonly logger = new Logger('PersonnelActions');

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly employees: EmployeesService,
    private readonly positions: PositionsService,
    private readonly chains: HrApprovalChains,
    private readonly numbers: DocumentNumbers,
    private readonly events: EventBus,
    private readonly history: HrHistory,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  private get actions() {
    return this.connection.getRepository(PersonnelAction);
  }

  async propose(input: CreatePersonnelActionDto): Promise<PersonnelAction> {
    const employee = await this.employees.get(input.employeeId, 'personnel-actions:write', true);
    const rule = ACTION_RULES[input.type];
    if (rule.from === 'left' ? employee.status !== 'left' : employee.status === 'left')
      throw new EmployeeStatusError(employee.status, `a ${input.type}`);
    const changes: ActionChanges = {};
    for (const key of ['positionId', 'grade', 'salary', 'amount'] as const)
      if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
    const problem = changesProblem(input.type, changes, employee);
    if (problem) throw new PersonnelActionInvalidError(...problem);
    if (changes.positionId) await this.positions.active(changes.positionId);
    const action = await this.actions.save(
      this.actions.create({
        number: await this.numbers.next('PA'),
        employeeId: employee.id,
        orgUnitId: employee.orgUnitId,
        type: input.type,
        effectiveOn: input.effectiveOn,
        changes,
        before: null,
        reason: input.reason,
        status: 'pending_approval',
        approvalRequestId: null,
        appliedAt: null,
      }),
    );
    action.approvalRequestId = await this.chains.request(`action:${input.type}`, {
      subjectType: PERSONNEL_ACTION_SUBJECT,
      id: action.id,
      orgUnitId: employee.orgUnitId,
      title: `人事异动 ${action.number}: ${employee.name} ${TITLES[input.type]}（${input.effectiveOn}生效）`,
      summary: input.reason,
    });
    await this.actions.save(action);
    await this.history.record(
      'personnel_action',
      action.id,
      employee.id,
      `${input.type}-proposed`,
      `${action.number}, effective ${input.effectiveOn}: ${input.reason}`,
    );
    return action;
  }

  /** The approval engine decided. Approved and due, the action applies now; a later departure marks "leaving". */
  async applyApproval(
    id: string,
    outcome: 'approved' | 'rejected' | 'cancelled',
    today = beijingDate(new Date()),
  ): Promise<void> {
    const action = await this.actions.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!action || action.status !== 'pending_approval') return;
    action.status = outcome;
    await this.actions.save(action);
    await this.history.record('personnel_action', id, action.employeeId, outcome, action.number);
    if (outcome !== 'approved') return;
    if (action.effectiveOn <= today) return this.apply(action);
    if (ACTION_RULES[action.type].departs) {
      const before = await this.employees.get(action.employeeId);
      const after = await this.employees.applyChange(action.employeeId, {
        status: 'leaving',
        leaveDate: action.effectiveOn,
        effectiveOn: today,
      });
      await this.statusChanged(after.id, before.status, after.status, action.type);
    }
  }

  /**
   * The daily job: applies every approved action whose effective date has come (each in its own transaction;
   * an action applies once, whatever the number of runs) and marks leavers whose last day has come as left.
   */
  async applyDue(today = beijingDate(new Date())): Promise<{ applied: number; left: number }> {
    const due: Array<{ id: string }> = await this.connection.manager.query(
      `SELECT id FROM personnel_action WHERE status = 'approved' AND effective_on <= $1 ORDER BY effective_on, id`,
      [today],
    );
    let applied = 0;
    for (const { id } of due) {
      const done = await this.connection.withTransaction(async () => {
        const action = await this.actions.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!action || action.status !== 'approved' || action.effectiveOn > today) return false;
        await this.apply(action);
        return true;
      });
      if (done) applied++;
    }
    const leavers: Array<{ id: string }> = await this.connection.manager.query(
      `SELECT id FROM employee WHERE status = 'leaving' AND leave_date <= $1 ORDER BY id`,
      [today],
    );
    for (const { id } of leavers)
      await this.connection.withTransaction(async () => {
        const employee = await this.employees.get(id, 'employees:read', true);
        if (employee.status !== 'leaving' || !employee.leaveDate || employee.leaveDate > today) return;
        await this.employees.applyChange(id, {
          status: 'left',
          leaveDate: employee.leaveDate,
          effectiveOn: today,
        });
        await this.history.record('employee', id, id, 'left', employee.leaveDate);
        await this.statusChanged(id, 'leaving', 'left', 'leave-date');
      });
    if (applied || leavers.length)
      this.logger.log({ applied, left: leavers.length }, 'HR actions due applied');
    return { applied, left: leavers.length };
  }

  /** Withdraws an approved action before it takes effect; a departure's "leaving" goes back. */
  async cancel(id: string): Promise<PersonnelAction> {
    const action = await this.get(id, 'personnel-actions:write', true);
    if (action.status !== 'approved') throw new PersonnelActionStateError(action.status);
    action.status = 'cancelled';
    await this.actions.save(action);
    await this.history.record('personnel_action', id, action.employeeId, 'cancelled', action.number);
    if (ACTION_RULES[action.type].departs) {
      const employee = await this.employees.get(action.employeeId);
      if (employee.status === 'leaving') {
        const back =
          employee.probationEndDate && employee.probationEndDate >= beijingDate(new Date())
            ? ('probation' as const)
            : ('regular' as const);
        await this.employees.applyChange(employee.id, { status: back, effectiveOn: beijingDate(new Date()) });
        await this.statusChanged(employee.id, 'leaving', back, `${action.type}-cancelled`);
      }
    }
    return action;
  }

  async list(query: ListPersonnelActionsQuery): Promise<Page<PersonnelAction>> {
    const qb = this.actions.createQueryBuilder('a');
    applyDataScope(qb, 'a.org_unit_id', await scopeOf('personnel-actions:read'));
    if (query.employeeId) qb.andWhere('a.employee_id = :e', { e: query.employeeId });
    if (query.type) qb.andWhere('a.type = :t', { t: query.type });
    if (query.status) qb.andWhere('a.status = :s', { s: query.status });
    if (query.orgUnitId)
      qb.andWhere('a.org_unit_id = ANY(:units)', {
        units: await this.orgUnits.subtreeIds([query.orgUnitId]),
      });
    if (query.effectiveFrom) qb.andWhere('a.effective_on >= :from', { from: query.effectiveFrom });
    if (query.effectiveTo) qb.andWhere('a.effective_on <= :to', { to: query.effectiveTo });
    return paginate(
      qb,
      { ...query, sort: '-createdAt' },
      {
        sorts: { createdAt: { column: 'a.id', value: (a) => a.id } },
        idColumn: 'a.id',
        idValue: (a) => a.id,
      },
    );
  }

  async get(id: string, permission = 'personnel-actions:read', lock = false): Promise<PersonnelAction> {
    const qb = this.actions.createQueryBuilder('a').where('a.id = :id', { id });
    applyDataScope(qb, 'a.org_unit_id', await scopeOf(permission));
    if (lock) qb.setLock('pessimistic_write');
    const action = await qb.getOne();
    if (!action) throw new PersonnelActionNotFoundError(id);
    return action;
  }

  private async apply(action: PersonnelAction): Promise<void> {
    const before: Employee = await this.employees.get(action.employeeId, 'employees:read', true);
    const rule = ACTION_RULES[action.type];
    const { positionId, grade, salary } = action.changes;
    const after = await this.employees.applyChange(action.employeeId, {
      effectiveOn: action.effectiveOn,
      ...(positionId !== undefined ? { positionId } : {}),
      ...(grade !== undefined ? { grade } : {}),
      ...(salary !== undefined ? { salary } : {}),
      ...(rule.departs ? { status: 'left' as const, leaveDate: action.effectiveOn } : {}),
      ...(rule.from === 'left' ? { status: 'regular' as const } : {}),
    });
    action.before = {
      positionId: before.positionId,
      orgUnitId: before.orgUnitId,
      grade: before.grade,
      salary: before.salary,
      status: before.status,
    };
    action.status = 'effective';
    action.appliedAt = new Date();
    await this.actions.save(action);
    await this.history.record(
      'personnel_action',
      action.id,
      action.employeeId,
      `${action.type}-effective`,
      `${action.number}, ${action.effectiveOn}`,
    );
    await this.events.publish<PersonnelActionEffectivePayload>(PERSONNEL_ACTION_EFFECTIVE, {
      actionId: action.id,
      number: action.number,
      type: action.type,
      employeeId: after.id,
      effectiveOn: action.effectiveOn,
      orgUnitId: after.orgUnitId,
      positionId: after.positionId,
      grade: after.grade,
      status: after.status,
      salary: salary ?? null,
      amount: action.changes.amount ?? null,
      currency: after.currency,
    });
    await this.statusChanged(after.id, before.status, after.status, action.type);
  }

  private async statusChanged(employeeId: string, from: string, to: string, reason: string): Promise<void> {
    if (from === to) return;
    await this.events.publish<EmployeeStatusChangedPayload>(EMPLOYEE_STATUS_CHANGED, {
      employeeId,
      from,
      to,
      reason,
    });
  }
}
