import { Injectable } from '@nestjs/common';
import { ApprovalsService, ApprovalStepSpec } from '@zhanggui/api-approvals';
import {
  applyDataScope,
  currentActor,
  DocumentNumbers,
  Page,
  paginate,
  TransactionalConnection,
  WorkCalendarService,
} from '@zhanggui/api-platform';
import { Employee } from '../employees/employee.entity';
import { EmployeesService, scopeOf } from '../employees/employees.service';
import { EmployeeStatusError } from '../hr.errors';
import { HrHistory } from '../shared/hr-history';
import {
  annualLeaveEntitlement,
  leaveDaysOf,
  monthsBetween,
  OVERTIME_MULTIPLIERS,
  overtimeKindOf,
} from './attendance-rules';
import { AttendanceLocks } from './attendance-locks';
import { LeaveBalance, LeaveRequest, LeaveType, OvertimeRequest } from './attendance.entities';
import {
  LeaveBalanceNotFoundError,
  LeaveInvalidError,
  LeaveOverlapError,
  LeaveRequestNotFoundError,
  LeaveTypeUnknownError,
  OvertimeRequestNotFoundError,
  RequestStateError,
} from './attendance.errors';
import type {
  AdjustBalanceDto,
  CreateLeaveRequestDto,
  CreateOvertimeRequestDto,
  ListBalancesQuery,
  ListRequestsQuery,
} from './dto/attendance.dto';

export const LEAVE_SUBJECT = 'leave_request';
export const OVERTIME_SUBJECT = 'overtime_request';

/** HR approves leave; a longer absence (over 3 days) goes to the general manager first. */
const leaveSteps = (days: number): ApprovalStepSpec[] =>
  days > 3 ? [{ role: 'general-manager' }, { role: 'hr' }] : [{ role: 'hr' }];
const OVERTIME_STEPS: ApprovalStepSpec[] = [{ role: 'hr' }];

/** Leave types, balances and requests, and overtime requests, approved through the approval engine. */
@Injectable()
export class LeaveService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly employees: EmployeesService,
    private readonly calendars: WorkCalendarService,
    private readonly approvals: ApprovalsService,
    private readonly numbers: DocumentNumbers,
    private readonly locks: AttendanceLocks,
    private readonly history: HrHistory,
  ) {}

  private get requests() {
    return this.connection.getRepository(LeaveRequest);
  }
  private get overtimes() {
    return this.connection.getRepository(OvertimeRequest);
  }
  private get balances() {
    return this.connection.getRepository(LeaveBalance);
  }

  types(): Promise<LeaveType[]> {
    return this.connection.getRepository(LeaveType).find({ where: { active: true }, order: { code: 'ASC' } });
  }

  async request(input: CreateLeaveRequestDto): Promise<LeaveRequest> {
    const employee = await this.employees.get(input.employeeId, 'leave-requests:write');
    if (employee.status === 'left') throw new EmployeeStatusError(employee.status, 'leave');
    const type = await this.connection
      .getRepository(LeaveType)
      .findOneBy({ code: input.leaveType, active: true });
    if (!type) throw new LeaveTypeUnknownError(input.leaveType);
    if (input.endsOn < input.startsOn) throw new LeaveInvalidError('endsOn', 'is before startsOn');
    if (type.usesBalance && input.startsOn.slice(0, 4) !== input.endsOn.slice(0, 4))
      throw new LeaveInvalidError('endsOn', 'must be in the same year as startsOn (one year’s balance)');
    await this.locks.assertOpen(monthsBetween(input.startsOn, input.endsOn), 'startsOn');
    const days = leaveDaysOf(await this.calendars.calendar(), input.startsOn, input.endsOn, type.counts);
    if (days === 0) throw new LeaveInvalidError('startsOn', 'the dates hold no working day');
    if (type.maxDaysPerRequest && days > type.maxDaysPerRequest)
      throw new LeaveInvalidError('endsOn', `${type.name} is at most ${type.maxDaysPerRequest} days`);
    const overlap = await this.requests
      .createQueryBuilder('l')
      .where('l.employee_id = :id', { id: employee.id })
      .andWhere(`l.status IN ('pending_approval', 'approved')`)
      .andWhere('l.starts_on <= :to AND l.ends_on >= :from', { from: input.startsOn, to: input.endsOn })
      .getOne();
    if (overlap) throw new LeaveOverlapError(overlap.number);
    const request = await this.requests.save(
      this.requests.create({
        number: await this.numbers.next('LV'),
        employeeId: employee.id,
        orgUnitId: employee.orgUnitId,
        leaveType: type.code,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        days,
        reason: input.reason,
        status: 'pending_approval',
        statusNote: null,
      }),
    );
    request.approvalRequestId = (
      await this.approvals.request({
        subjectType: LEAVE_SUBJECT,
        subjectId: request.id,
        orgUnitId: employee.orgUnitId,
        title: `请假 ${request.number}: ${employee.name} ${type.name} ${days} 天 (${input.startsOn} ~ ${input.endsOn})`,
        summary: input.reason,
        steps: leaveSteps(days),
      })
    ).id;
    return this.requests.save(request);
  }

  /** The approval engine decided: on approval the balance is checked and deducted (or the request refused). */
  async applyLeaveDecision(id: string, outcome: 'approved' | 'rejected' | 'cancelled'): Promise<void> {
    const request = await this.requests.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!request || request.status !== 'pending_approval') return;
    if (outcome === 'approved') {
      const locked = await this.locks.lockedMonths();
      const lockedMonth = monthsBetween(request.startsOn, request.endsOn).find((m) => locked.has(m));
      const type = await this.connection
        .getRepository(LeaveType)
        .findOneByOrFail({ code: request.leaveType });
      const refusal = lockedMonth
        ? `${lockedMonth} was locked for payroll before the approval`
        : type.usesBalance
          ? await this.deduct(request)
          : null;
      request.status = refusal ? 'rejected' : 'approved';
      request.statusNote = refusal;
    } else request.status = outcome;
    await this.requests.save(request);
    await this.history.record(
      'employee',
      request.employeeId,
      request.employeeId,
      `leave-${request.status}`,
      `${request.number}${request.statusNote ? `: ${request.statusNote}` : ''}`,
    );
  }

  private async deduct(request: LeaveRequest): Promise<string | null> {
    const balance = await this.balances.findOne({
      where: {
        employeeId: request.employeeId,
        leaveType: request.leaveType,
        year: Number(request.startsOn.slice(0, 4)),
      },
      lock: { mode: 'pessimistic_write' },
    });
    const left = balance ? balance.entitled - balance.used : 0;
    if (!balance || left < request.days)
      return `insufficient balance: ${left} day(s) left for ${request.startsOn.slice(0, 4)}, ${request.days} asked`;
    balance.used = Math.round((balance.used + request.days) * 10) / 10;
    await this.balances.save(balance);
    return null;
  }

  /** Cancels a pending request, or an approved one whose month is still open (the balance comes back). */
  async cancelLeave(id: string): Promise<LeaveRequest> {
    const request = await this.leave(id, 'leave-requests:write', true);
    if (request.status !== 'pending_approval' && request.status !== 'approved')
      throw new RequestStateError('leave request', request.status);
    await this.locks.assertOpen(monthsBetween(request.startsOn, request.endsOn), 'startsOn');
    if (request.status === 'approved') {
      const type = await this.connection
        .getRepository(LeaveType)
        .findOneByOrFail({ code: request.leaveType });
      if (type.usesBalance) {
        const balance = await this.balances.findOne({
          where: {
            employeeId: request.employeeId,
            leaveType: request.leaveType,
            year: Number(request.startsOn.slice(0, 4)),
          },
          lock: { mode: 'pessimistic_write' },
        });
        if (balance) {
          balance.used = Math.max(0, Math.round((balance.used - request.days) * 10) / 10);
          await this.balances.save(balance);
        }
      }
    } else await this.withdrawApproval(request.approvalRequestId);
    request.status = 'cancelled';
    await this.history.record(
      'employee',
      request.employeeId,
      request.employeeId,
      'leave-cancelled',
      request.number,
    );
    return this.requests.save(request);
  }

  async listLeave(query: ListRequestsQuery): Promise<Page<LeaveRequest>> {
    const qb = this.requests.createQueryBuilder('l');
    applyDataScope(qb, 'l.org_unit_id', await scopeOf('leave-requests:read'));
    if (query.employeeId) qb.andWhere('l.employee_id = :e', { e: query.employeeId });
    if (query.status) qb.andWhere('l.status = :s', { s: query.status });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: { createdAt: { column: 'l.id', value: (l) => l.id } },
        idColumn: 'l.id',
        idValue: (l) => l.id,
      },
    );
  }

  async leave(id: string, permission = 'leave-requests:read', lock = false): Promise<LeaveRequest> {
    const qb = this.requests.createQueryBuilder('l').where('l.id = :id', { id });
    applyDataScope(qb, 'l.org_unit_id', await scopeOf(permission));
    if (lock) qb.setLock('pessimistic_write');
    const request = await qb.getOne();
    if (!request) throw new LeaveRequestNotFoundError(id);
    return request;
  }

  async requestOvertime(input: CreateOvertimeRequestDto): Promise<OvertimeRequest> {
    const employee = await this.employees.get(input.employeeId, 'leave-requests:write');
    if (employee.status === 'left') throw new EmployeeStatusError(employee.status, 'overtime');
    await this.locks.assertOpen([input.workDate.slice(0, 7)], 'workDate');
    const kind = overtimeKindOf((await this.calendars.calendar()).dayKind(input.workDate));
    const request = await this.overtimes.save(
      this.overtimes.create({
        number: await this.numbers.next('OT'),
        employeeId: employee.id,
        orgUnitId: employee.orgUnitId,
        workDate: input.workDate,
        hours: input.hours,
        kind,
        multiplier: OVERTIME_MULTIPLIERS[kind],
        reason: input.reason,
        status: 'pending_approval',
      }),
    );
    request.approvalRequestId = (
      await this.approvals.request({
        subjectType: OVERTIME_SUBJECT,
        subjectId: request.id,
        orgUnitId: employee.orgUnitId,
        title: `加班 ${request.number}: ${employee.name} ${input.workDate} ${input.hours} 小时 ×${OVERTIME_MULTIPLIERS[kind]}`,
        summary: input.reason,
        steps: OVERTIME_STEPS,
      })
    ).id;
    return this.overtimes.save(request);
  }

  async applyOvertimeDecision(id: string, outcome: 'approved' | 'rejected' | 'cancelled'): Promise<void> {
    const request = await this.overtimes.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!request || request.status !== 'pending_approval') return;
    const locked =
      outcome === 'approved' && (await this.locks.lockedMonths()).has(request.workDate.slice(0, 7));
    request.status = locked ? 'rejected' : outcome;
    await this.overtimes.save(request);
  }

  async cancelOvertime(id: string): Promise<OvertimeRequest> {
    const request = await this.overtime(id, 'leave-requests:write', true);
    if (request.status !== 'pending_approval' && request.status !== 'approved')
      throw new RequestStateError('overtime request', request.status);
    await this.locks.assertOpen([request.workDate.slice(0, 7)], 'workDate');
    if (request.status === 'pending_approval') await this.withdrawApproval(request.approvalRequestId);
    request.status = 'cancelled';
    return this.overtimes.save(request);
  }

  async listOvertime(query: ListRequestsQuery): Promise<Page<OvertimeRequest>> {
    const qb = this.overtimes.createQueryBuilder('o');
    applyDataScope(qb, 'o.org_unit_id', await scopeOf('leave-requests:read'));
    if (query.employeeId) qb.andWhere('o.employee_id = :e', { e: query.employeeId });
    if (query.status) qb.andWhere('o.status = :s', { s: query.status });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: { createdAt: { column: 'o.id', value: (o) => o.id } },
        idColumn: 'o.id',
        idValue: (o) => o.id,
      },
    );
  }

  async overtime(id: string, permission = 'leave-requests:read', lock = false): Promise<OvertimeRequest> {
    const qb = this.overtimes.createQueryBuilder('o').where('o.id = :id', { id });
    applyDataScope(qb, 'o.org_unit_id', await scopeOf(permission));
    if (lock) qb.setLock('pessimistic_write');
    const request = await qb.getOne();
    if (!request) throw new OvertimeRequestNotFoundError(id);
    return request;
  }

  /** Grants each current employee their annual leave for the year by the statutory tiers; existing balances stay. */
  async accrue(year: number): Promise<number> {
    const employees = await this.connection
      .getRepository(Employee)
      .createQueryBuilder('e')
      .where(`e.status <> 'left'`)
      .andWhere('e.hire_date <= :end', { end: `${year}-12-31` })
      .getMany();
    if (employees.length === 0) return 0;
    const rows: unknown[] = await this.connection.manager.query(
      `INSERT INTO leave_balance (employee_id, leave_type, year, entitled, note)
       SELECT e, 'annual', $1, d, '按工龄自动计算' FROM unnest($2::uuid[], $3::numeric[]) AS t(e, d)
       ON CONFLICT (employee_id, leave_type, year) DO NOTHING RETURNING id`,
      [year, employees.map((e) => e.id), employees.map((e) => annualLeaveEntitlement(e.hireDate, year))],
    );
    return rows.length;
  }

  async listBalances(query: ListBalancesQuery): Promise<Page<LeaveBalance>> {
    const qb = this.balances.createQueryBuilder('b').innerJoin(Employee, 'e', 'e.id = b.employee_id');
    applyDataScope(qb, 'e.org_unit_id', await scopeOf('leave-requests:read'));
    if (query.employeeId) qb.andWhere('b.employee_id = :e', { e: query.employeeId });
    if (query.year) qb.andWhere('b.year = :y', { y: query.year });
    return paginate(qb, query, {
      sorts: { createdAt: { column: 'b.id', value: (b) => b.id } },
      idColumn: 'b.id',
      idValue: (b) => b.id,
    });
  }

  async adjustBalance(id: string, input: AdjustBalanceDto): Promise<LeaveBalance> {
    const balance = await this.balances.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!balance) throw new LeaveBalanceNotFoundError(id);
    if (!(await this.employees.reaches(balance.employeeId, 'leave-balances:write')))
      throw new LeaveBalanceNotFoundError(id);
    if (input.entitled < balance.used)
      throw new LeaveInvalidError('entitled', `is below the ${balance.used} day(s) already taken`);
    balance.entitled = input.entitled;
    balance.note = input.note;
    await this.history.record(
      'employee',
      balance.employeeId,
      balance.employeeId,
      'leave-balance-adjusted',
      `${balance.year} ${balance.leaveType}: ${input.entitled} (${input.note})`,
    );
    return this.balances.save(balance);
  }

  /** Withdraws the approval request when the caller asked for it (the engine lets only the requester cancel). */
  private async withdrawApproval(approvalRequestId: string | null): Promise<void> {
    if (!approvalRequestId) return;
    const approval = await this.approvals.get(approvalRequestId).catch(() => null);
    if (approval && approval.status === 'pending' && approval.requestedBy === currentActor()?.id)
      await this.approvals.cancel(approvalRequestId);
  }
}
