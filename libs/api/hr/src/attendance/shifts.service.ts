import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { Page, paginate, scopeAllows, TransactionalConnection } from '@zhanggui/api-platform';
import { EmployeesService, scopeOf } from '../employees/employees.service';
import { OrgUnitUnknownError } from '../hr.errors';
import { OrgUnitsService } from '@zhanggui/api-identity';
import type { ShiftTimes } from './attendance-rules';
import { Shift, ShiftAssignment } from './attendance.entities';
import { ShiftCodeTakenError, ShiftNotFoundError, ShiftTimesInvalidError } from './attendance.errors';
import type { AssignShiftDto, CreateShiftDto, ListShiftsQuery } from './dto/attendance.dto';

/** Office hours when nobody assigned a shift: 09:00–18:00 with lunch. */
export const DEFAULT_SHIFT: ShiftTimes = { startsAt: '09:00', endsAt: '18:00', graceMinutes: 0 };

/** Shifts and who works them. */
@Injectable()
export class ShiftsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly employees: EmployeesService,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  private get shifts() {
    return this.connection.getRepository(Shift);
  }

  private get assignments() {
    return this.connection.getRepository(ShiftAssignment);
  }

  list(query: ListShiftsQuery): Promise<Page<Shift>> {
    return paginate(this.shifts.createQueryBuilder('s'), query, {
      sorts: { code: { column: 's.code', value: (s) => s.code } },
      idColumn: 's.id',
      idValue: (s) => s.id,
    });
  }

  async get(id: string): Promise<Shift> {
    const shift = await this.shifts.findOneBy({ id });
    if (!shift) throw new ShiftNotFoundError(id);
    return shift;
  }

  async create(input: CreateShiftDto): Promise<Shift> {
    if (input.endsAt <= input.startsAt) throw new ShiftTimesInvalidError('endsAt', 'must be after startsAt');
    if ((input.breakStartsAt === undefined) !== (input.breakEndsAt === undefined))
      throw new ShiftTimesInvalidError('breakEndsAt', 'a break needs both a start and an end');
    if (
      input.breakStartsAt &&
      input.breakEndsAt &&
      !(
        input.startsAt < input.breakStartsAt &&
        input.breakStartsAt < input.breakEndsAt &&
        input.breakEndsAt < input.endsAt
      )
    )
      throw new ShiftTimesInvalidError('breakStartsAt', 'the break must lie inside the shift');
    try {
      return await this.shifts.save(
        this.shifts.create({
          code: input.code,
          name: input.name,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          breakStartsAt: input.breakStartsAt ?? null,
          breakEndsAt: input.breakEndsAt ?? null,
          graceMinutes: input.graceMinutes ?? 0,
        }),
      );
    } catch (error) {
      if (
        (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError?.constraint ===
        'shift_code_key'
      )
        throw new ShiftCodeTakenError(input.code);
      throw error;
    }
  }

  async assign(shiftId: string, input: AssignShiftDto): Promise<ShiftAssignment> {
    await this.get(shiftId);
    if (!!input.employeeId === !!input.orgUnitId)
      throw new ShiftTimesInvalidError('employeeId', 'give exactly one of employeeId and orgUnitId');
    if (input.employeeId) await this.employees.get(input.employeeId, 'shifts:write');
    if (input.orgUnitId) {
      const unit = await this.orgUnits.get(input.orgUnitId).catch(() => null);
      // HR sets the shifts of its own units; another territory's unit is as if unknown.
      if (!unit || !scopeAllows(await scopeOf('shifts:write'), unit.id)) throw new OrgUnitUnknownError();
    }
    return this.assignments.save(
      this.assignments.create({
        shiftId,
        employeeId: input.employeeId ?? null,
        orgUnitId: input.orgUnitId ?? null,
        startsOn: input.startsOn,
      }),
    );
  }

  /**
   * Who works the shift, as far as the caller's scope reaches: their own people, and the units their people are
   * in or under (a company-wide assignment applies to them too).
   */
  async assignmentsOf(shiftId: string): Promise<ShiftAssignment[]> {
    const all = await this.assignments.find({ where: { shiftId }, order: { startsOn: 'ASC' } });
    const scope = await scopeOf('shifts:read');
    if (scope.all) return all;
    const people = new Set(
      (
        await this.employees.getMany(
          all.flatMap((a) => (a.employeeId ? [a.employeeId] : [])),
          'shifts:read',
        )
      ).map((e) => e.id),
    );
    const subtrees = await this.orgUnits.subtreesOf(all.flatMap((a) => (a.orgUnitId ? [a.orgUnitId] : [])));
    return all.filter((a) =>
      a.employeeId
        ? people.has(a.employeeId)
        : subtrees.get(a.orgUnitId!)!.some((unit) => scopeAllows(scope, unit)),
    );
  }

  /**
   * The shift of each employee on each date, from their own assignment, else their unit's, else office hours.
   * Two statements whatever the number of employees.
   */
  async resolver(
    employees: Array<{ id: string; orgUnitId: string }>,
  ): Promise<(employeeId: string, date: string) => ShiftTimes> {
    if (employees.length === 0) return () => DEFAULT_SHIFT;
    const rows = await this.assignments
      .createQueryBuilder('a')
      .where('a.employee_id = ANY(:e) OR a.org_unit_id = ANY(:u)', {
        e: employees.map((e) => e.id),
        u: [...new Set(employees.map((e) => e.orgUnitId))],
      })
      .orderBy('a.starts_on', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getMany();
    const shiftIds = [...new Set(rows.map((r) => r.shiftId))];
    const shifts = new Map(
      (shiftIds.length
        ? await this.shifts.createQueryBuilder('s').where('s.id = ANY(:ids)', { ids: shiftIds }).getMany()
        : []
      ).map((s) => [s.id, s]),
    );
    const unitOf = new Map(employees.map((e) => [e.id, e.orgUnitId]));
    return (employeeId, date) => {
      const own = rows.find((r) => r.employeeId === employeeId && r.startsOn <= date);
      const unit = own ?? rows.find((r) => r.orgUnitId === unitOf.get(employeeId) && r.startsOn <= date);
      const shift = unit ? shifts.get(unit.shiftId) : undefined;
      return shift
        ? { startsAt: shift.startsAt, endsAt: shift.endsAt, graceMinutes: shift.graceMinutes }
        : DEFAULT_SHIFT;
    };
  }
}
