import { Injectable } from '@nestjs/common';
import { OrgUnitsService } from '@zhanggui/api-identity';
import {
  applyDataScope,
  beijingDate,
  currentActor,
  EventBus,
  Page,
  paginate,
  TransactionalConnection,
  WorkCalendarService,
} from '@zhanggui/api-platform';
import { Employee } from '../employees/employee.entity';
import { EmployeeNotFoundError } from '../hr.errors';
import { scopeOf } from '../employees/employees.service';
import { AttendanceSummary, summariseMonth } from './attendance-rules';
import { ClockRecord, LeaveRequest, OvertimeRequest } from './attendance.entities';
import {
  AttendanceMonthLockedError,
  CalendarNotMaintainedError,
  MonthNotOverError,
} from './attendance.errors';
import { ATTENDANCE_LOCKED, AttendanceLockedPayload } from './attendance.events';
import { monthRange } from './clock-records.service';
import type {
  AttendanceMonthResponse,
  AttendanceSummaryResponse,
  ListSummariesQuery,
} from './dto/attendance.dto';
import { ShiftsService } from './shifts.service';

/** Monthly attendance per employee, computed from the calendar, shifts, punches, leave and overtime; frozen on lock. */
@Injectable()
export class AttendanceSummaryService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly calendars: WorkCalendarService,
    private readonly shifts: ShiftsService,
    private readonly orgUnits: OrgUnitsService,
    private readonly events: EventBus,
  ) {}

  async month(month: string): Promise<AttendanceMonthResponse> {
    const [lock] = await this.lockRow(month);
    const calendar = await this.calendars.calendar();
    const [from, to] = monthRange(month);
    return {
      month,
      locked: !!lock,
      lockedAt: lock?.locked_at ?? null,
      lockedBy: lock?.locked_by ?? null,
      calendarMaintained: (await this.calendars.maintainedYears()).includes(Number(month.slice(0, 4))),
      expectedDays: calendar.workingDaysBetween(from, to).length,
    };
  }

  /** A page of employees employed in the month (in the caller's scope) with their summaries. */
  async list(query: ListSummariesQuery): Promise<Page<AttendanceSummaryResponse>> {
    const [from, to] = monthRange(query.month);
    const qb = this.employed(from, to);
    applyDataScope(qb, 'e.org_unit_id', await scopeOf('attendance-summaries:read'));
    if (query.employeeId) qb.andWhere('e.id = :employeeId', { employeeId: query.employeeId });
    if (query.orgUnitId)
      qb.andWhere('e.org_unit_id = ANY(:units)', {
        units: await this.orgUnits.subtreeIds([query.orgUnitId]),
      });
    const page = await paginate(qb, query, {
      sorts: { number: { column: 'e.number', value: (e) => e.number } },
      idColumn: 'e.id',
      idValue: (e) => e.id,
    });
    const [lock] = await this.lockRow(query.month);
    const summaries = lock
      ? await this.frozen(query.month, page.data)
      : await this.compute(query.month, page.data);
    return {
      ...page,
      data: page.data.map((e) => ({
        employeeId: e.id,
        employeeNumber: e.number,
        employeeName: e.name,
        orgUnitId: e.orgUnitId,
        locked: !!lock,
        ...summaries.get(e.id)!,
      })),
    };
  }

  async ofEmployee(month: string, employeeId: string): Promise<AttendanceSummaryResponse> {
    const page = await this.list({ month, employeeId, limit: 1 } as ListSummariesQuery);
    if (!page.data[0]) throw new EmployeeNotFoundError(employeeId);
    return page.data[0];
  }

  /**
   * Payroll takes the month: every employee's summary is frozen and AttendanceLocked goes out. Only a month
   * that has ended, of a year whose holidays are in the calendar, and only once.
   */
  async lock(month: string): Promise<AttendanceMonthResponse> {
    const year = Number(month.slice(0, 4));
    if (!(await this.calendars.maintainedYears()).includes(year)) throw new CalendarNotMaintainedError(year);
    if (month >= beijingDate(new Date()).slice(0, 7)) throw new MonthNotOverError(month);
    await this.connection.manager.query(`LOCK TABLE attendance_lock IN EXCLUSIVE MODE`);
    if ((await this.lockRow(month)).length) throw new AttendanceMonthLockedError(month);
    const [from, to] = monthRange(month);
    const employees = await this.employed(from, to).orderBy('e.id').getMany();
    const summaries = await this.compute(month, employees);
    const actor = currentActor();
    await this.connection.manager.query(`INSERT INTO attendance_lock (month, locked_by) VALUES ($1, $2)`, [
      month,
      actor?.label ?? null,
    ]);
    if (employees.length)
      await this.connection.manager.query(
        `INSERT INTO attendance_summary (month, employee_id, org_unit_id, summary)
         SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::jsonb[])`,
        [
          month,
          employees.map((e) => e.id),
          employees.map((e) => e.orgUnitId),
          employees.map((e) => JSON.stringify(summaries.get(e.id))),
        ],
      );
    await this.events.publish<AttendanceLockedPayload>(ATTENDANCE_LOCKED, {
      month,
      employees: employees.length,
      lockedBy: actor?.label ?? null,
    });
    return { ...(await this.month(month)), employees: employees.length };
  }

  private employed(from: string, to: string) {
    return this.connection
      .getRepository(Employee)
      .createQueryBuilder('e')
      .where('e.hire_date <= :to', { to })
      .andWhere('(e.leave_date IS NULL OR e.leave_date >= :from)', { from });
  }

  private lockRow(month: string): Promise<Array<{ locked_at: Date; locked_by: string | null }>> {
    return this.connection.manager.query(
      `SELECT locked_at, locked_by FROM attendance_lock WHERE month = $1`,
      [month],
    );
  }

  private async frozen(month: string, employees: Employee[]): Promise<Map<string, AttendanceSummary>> {
    const rows: Array<{ employee_id: string; summary: AttendanceSummary }> = employees.length
      ? await this.connection.manager.query(
          `SELECT employee_id, summary FROM attendance_summary WHERE month = $1 AND employee_id = ANY($2)`,
          [month, employees.map((e) => e.id)],
        )
      : [];
    const byId = new Map(rows.map((r) => [r.employee_id, r.summary]));
    const missing = employees.filter((e) => !byId.has(e.id));
    // Someone added to the month after the lock (a back-dated hire) is computed, not invented as zero.
    if (missing.length) for (const [id, s] of await this.compute(month, missing)) byId.set(id, s);
    return byId;
  }

  /** Fixed number of statements for any number of employees. */
  private async compute(month: string, employees: Employee[]): Promise<Map<string, AttendanceSummary>> {
    const result = new Map<string, AttendanceSummary>();
    if (employees.length === 0) return result;
    const ids = employees.map((e) => e.id);
    const [from, to] = monthRange(month);
    const calendar = await this.calendars.calendar();
    const shiftOf = await this.shifts.resolver(employees);
    const punches = await this.connection
      .getRepository(ClockRecord)
      .createQueryBuilder('c')
      .where('c.employee_id = ANY(:ids)', { ids })
      .andWhere('c.work_date BETWEEN :from AND :to', { from, to })
      .getMany();
    const leave = await this.connection
      .getRepository(LeaveRequest)
      .createQueryBuilder('l')
      .where('l.employee_id = ANY(:ids)', { ids })
      .andWhere(`l.status = 'approved'`)
      .andWhere('l.starts_on <= :to AND l.ends_on >= :from', { from, to })
      .getMany();
    const overtime = await this.connection
      .getRepository(OvertimeRequest)
      .createQueryBuilder('o')
      .where('o.employee_id = ANY(:ids)', { ids })
      .andWhere(`o.status = 'approved'`)
      .andWhere('o.work_date BETWEEN :from AND :to', { from, to })
      .getMany();
    // Grouped once: filtering the month's punches per employee made the lock of a 5,000-person company
    // quadratic (15 s at 5,000 × 210k punches).
    const punchesOf = groupBy(punches, (p) => p.employeeId);
    const leaveOf = groupBy(leave, (l) => l.employeeId);
    const overtimeOf = groupBy(overtime, (o) => o.employeeId);
    for (const e of employees) {
      result.set(
        e.id,
        summariseMonth({
          month,
          calendar,
          shiftOn: (date) => shiftOf(e.id, date),
          hireDate: e.hireDate,
          leaveDate: e.leaveDate,
          punches: (punchesOf.get(e.id) ?? []).map((p) => ({
            date: p.workDate,
            time: beijingClock(p.clockedAt),
          })),
          leave: (leaveOf.get(e.id) ?? []).map((l) => ({
            type: l.leaveType,
            startsOn: l.startsOn,
            endsOn: l.endsOn,
          })),
          overtime: (overtimeOf.get(e.id) ?? []).map((o) => ({ kind: o.kind, hours: o.hours })),
        }),
      );
    }
    return result;
  }
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** HH:MM on the Beijing clock. */
export function beijingClock(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
}
