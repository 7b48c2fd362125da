import { Injectable } from '@nestjs/common';
import { In, QueryFailedError } from 'typeorm';
import { OrgUnitsService, UsersService } from '@zhanggui/api-identity';
import {
  applyDataScope,
  assertVersionMatches,
  BusinessRuleError,
  currentActor,
  DataScope,
  Page,
  paginate,
  TransactionalConnection,
  WHOLE_COMPANY,
} from '@zhanggui/api-platform';
import { EmployeeNotFoundError, EmployeeUserTakenError } from '../hr.errors';
import { Position } from '../organisation/position.entity';
import { PositionsService } from '../organisation/positions.service';
import { HrHistory } from '../shared/hr-history';
import { lastFour, PiiCipher } from '../shared/pii-cipher';
import { addMonths } from '../shared/dates';
import type {
  AddPositionDto,
  CreateEmployeeDto,
  ListEmployeesQuery,
  PersonalDetailsDto,
  UpdateEmployeeDto,
} from './dto/employee.dto';
import { Employee, EmployeePosition, EmployeeStatus } from './employee.entity';

/** The data scope the caller reads employees in (jobs, acting as the system, see everyone). */
export async function scopeOf(permission: string): Promise<DataScope> {
  const actor = currentActor();
  return actor ? actor.scopeFor(permission) : WHOLE_COMPANY;
}

export interface HeldPosition extends EmployeePosition {
  positionCode: string;
  positionTitle: string;
}

/** Personnel files: who works here, in which positions, how to reach them and pay them. */
@Injectable()
export class EmployeesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly positions: PositionsService,
    private readonly users: UsersService,
    private readonly orgUnits: OrgUnitsService,
    private readonly cipher: PiiCipher,
    private readonly history: HrHistory,
  ) {}

  private get employees() {
    return this.connection.getRepository(Employee);
  }

  private get held() {
    return this.connection.getRepository(EmployeePosition);
  }

  async list(query: ListEmployeesQuery): Promise<Page<Employee>> {
    const qb = this.employees.createQueryBuilder('e');
    applyDataScope(qb, 'e.org_unit_id', await scopeOf('employees:read'));
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.positionId) qb.andWhere('e.position_id = :positionId', { positionId: query.positionId });
    if (query.orgUnitId) {
      qb.andWhere('e.org_unit_id = ANY(:units)', {
        units: await this.orgUnits.subtreeIds([query.orgUnitId]),
      });
    }
    if (query.q) {
      qb.andWhere(`(e.name ILIKE :q OR e.number ILIKE :q)`, { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });
    }
    return paginate(qb, query, {
      sorts: {
        number: { column: 'e.number', value: (e) => e.number },
        name: { column: 'e.name', value: (e) => e.name },
        createdAt: { column: 'e.id', value: (e) => e.id },
      },
      idColumn: 'e.id',
      idValue: (e) => e.id,
    });
  }

  /** One employee within the caller's scope for `permission`; others are not found (404). */
  async get(id: string, permission = 'employees:read', lock = false): Promise<Employee> {
    const qb = this.employees.createQueryBuilder('e').where('e.id = :id', { id });
    applyDataScope(qb, 'e.org_unit_id', await scopeOf(permission));
    if (lock) qb.setLock('pessimistic_write');
    const employee = await qb.getOne();
    if (!employee) throw new EmployeeNotFoundError(id);
    return employee;
  }

  /**
   * Whether the employee is in the caller's data scope for `permission`: a record hanging off an employee
   * (a balance, a payroll line) outside it answers as if absent, so ids cannot be probed.
   */
  async reaches(id: string, permission: string): Promise<boolean> {
    return (await this.getMany([id], permission)).length > 0;
  }

  /** Many employees in one statement, within the caller's scope for `permission`; others are simply absent. */
  async getMany(ids: string[], permission = 'employees:read'): Promise<Employee[]> {
    if (!ids.length) return [];
    const qb = this.employees.createQueryBuilder('e').where('e.id = ANY(:ids)', { ids });
    applyDataScope(qb, 'e.org_unit_id', await scopeOf(permission));
    return qb.getMany();
  }

  async create(input: CreateEmployeeDto): Promise<Employee> {
    const position = await this.positions.active(input.positionId);
    if (input.userId) await this.assertUser(input.userId);
    const status = input.status ?? 'probation';
    const [{ n }] = await this.connection.manager.query(`SELECT nextval('employee_number_seq')::int AS n`);
    const employee = this.employees.create({
      number: `E${String(n).padStart(5, '0')}`,
      name: input.name,
      status,
      hireDate: input.hireDate,
      probationEndDate:
        status === 'probation' ? (input.probationEndDate ?? addMonths(input.hireDate, 3)) : null,
      leaveDate: null,
      orgUnitId: position.orgUnitId,
      positionId: position.id,
      grade: input.grade ?? position.grade,
      salary: input.salary ?? null,
      currency: 'CNY',
      userId: input.userId ?? null,
      education: [],
      emergencyContact: null,
    });
    await this.applyPersonal(employee, input);
    const saved = await this.translate(() => this.employees.save(employee));
    await this.held.save(
      this.held.create({
        employeeId: saved.id,
        positionId: position.id,
        orgUnitId: position.orgUnitId,
        isPrimary: true,
        startedOn: input.hireDate,
      }),
    );
    await this.history.record(
      'employee',
      saved.id,
      saved.id,
      'created',
      `${position.code} ${position.title}`,
    );
    return saved;
  }

  async update(id: string, changes: UpdateEmployeeDto, expected?: number[]): Promise<Employee> {
    const employee = await this.get(id, 'employees:write', true);
    assertVersionMatches('employee', expected, employee.version);
    if (changes.userId) await this.assertUser(changes.userId);
    if (changes.name !== undefined) employee.name = changes.name;
    if (changes.userId !== undefined) employee.userId = changes.userId;
    await this.applyPersonal(employee, changes);
    return this.translate(() => this.employees.save(employee));
  }

  /** Another position held part-time (兼职); the primary one changes through a personnel action. */
  async addPosition(id: string, input: AddPositionDto): Promise<void> {
    const employee = await this.get(id, 'employees:write', true);
    const position = await this.positions.active(input.positionId);
    const current = await this.held.findBy({ employeeId: id });
    if (current.some((h) => h.positionId === position.id && h.endedOn === null))
      throw new BusinessRuleError('POSITION_ALREADY_HELD', 'The employee already holds that position.', [
        { field: 'positionId', message: 'is already held' },
      ]);
    await this.held.save(
      this.held.create({
        employeeId: id,
        positionId: position.id,
        orgUnitId: position.orgUnitId,
        isPrimary: false,
        startedOn: input.startedOn,
      }),
    );
    await this.history.record(
      'employee',
      id,
      employee.id,
      'position-added',
      `${position.code} ${position.title}`,
    );
  }

  async endPosition(id: string, heldId: string, endedOn: string): Promise<void> {
    await this.get(id, 'employees:write', true);
    const held = await this.held.findOneBy({ id: heldId, employeeId: id });
    if (!held || held.endedOn !== null) throw new EmployeeNotFoundError(heldId);
    if (held.isPrimary)
      throw new BusinessRuleError(
        'PRIMARY_POSITION',
        'The primary position changes through a transfer or promotion.',
        [{ field: 'heldPositionId', message: 'is the primary position' }],
      );
    held.endedOn = endedOn;
    await this.held.save(held);
    await this.history.record('employee', id, id, 'position-ended', null);
  }

  /** Positions held by many employees, with their codes and titles, in one statement. */
  async positionsOf(employeeIds: string[]): Promise<Map<string, HeldPosition[]>> {
    const rows = employeeIds.length
      ? await this.held
          .createQueryBuilder('h')
          .innerJoin(Position, 'p', 'p.id = h.position_id')
          .addSelect(['p.code', 'p.title'])
          .where('h.employee_id = ANY(:ids)', { ids: employeeIds })
          .orderBy('h.is_primary', 'DESC')
          .addOrderBy('h.started_on')
          .getRawAndEntities()
      : { raw: [], entities: [] };
    const result = new Map<string, HeldPosition[]>(employeeIds.map((id) => [id, []]));
    rows.entities.forEach((entity, index) => {
      const raw = rows.raw[index] as { p_code: string; p_title: string };
      result
        .get(entity.employeeId)!
        .push(Object.assign(entity, { positionCode: raw.p_code, positionTitle: raw.p_title }));
    });
    return result;
  }

  /**
   * The employee file of each user that has one, in one statement (sales names people by user; payroll pays
   * employees). A user re-hired after leaving maps to their current file.
   */
  async idsOfUsers(userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows: Array<{ userId: string; id: string }> = await this.connection.manager.query(
      `SELECT DISTINCT ON (user_id) user_id AS "userId", id FROM employee
        WHERE user_id = ANY($1) ORDER BY user_id, (status = 'left'), hire_date DESC`,
      [userIds],
    );
    return new Map(rows.map((row) => [row.userId, row.id]));
  }

  async titlesOf(positionIds: Array<string | null>): Promise<Map<string, string>> {
    const ids = [...new Set(positionIds.filter((id): id is string => !!id))];
    const rows = ids.length ? await this.connection.getRepository(Position).findBy({ id: In(ids) }) : [];
    return new Map(rows.map((p) => [p.id, p.title]));
  }

  /** The unmasked values, for callers allowed to see them (the controller decides). */
  async reveal(employee: Employee): Promise<{ idNumber: string | null; bankAccount: string | null }> {
    return {
      idNumber: employee.idNumberSecret ? await this.cipher.open(employee.idNumberSecret) : null,
      bankAccount: employee.bankAccountSecret ? await this.cipher.open(employee.bankAccountSecret) : null,
    };
  }

  /** Applies an approved change (a personnel action, a probation outcome) to the file. */
  async applyChange(
    id: string,
    change: {
      positionId?: string;
      grade?: string;
      salary?: number;
      status?: EmployeeStatus;
      leaveDate?: string;
      probationEndDate?: string;
      effectiveOn: string;
    },
  ): Promise<Employee> {
    const employee = await this.employees.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!employee) throw new EmployeeNotFoundError(id);
    if (change.positionId && change.positionId !== employee.positionId) {
      const position = await this.positions.active(change.positionId);
      const current = (await this.held.findBy({ employeeId: id, isPrimary: true })).filter(
        (h) => h.endedOn === null,
      );
      for (const h of current) {
        h.endedOn = change.effectiveOn;
        await this.held.save(h);
      }
      await this.held.save(
        this.held.create({
          employeeId: id,
          positionId: position.id,
          orgUnitId: position.orgUnitId,
          isPrimary: true,
          startedOn: change.effectiveOn,
        }),
      );
      employee.positionId = position.id;
      employee.orgUnitId = position.orgUnitId;
    }
    if (change.grade !== undefined) employee.grade = change.grade;
    if (change.salary !== undefined) employee.salary = change.salary;
    if (change.probationEndDate !== undefined) employee.probationEndDate = change.probationEndDate;
    if (change.status) {
      employee.status = change.status;
      // Leaving: the last day is known and ahead; the daily job marks them left once it has passed.
      if (change.status === 'leaving') employee.leaveDate = change.leaveDate ?? change.effectiveOn;
      if (change.status === 'regular' || change.status === 'probation') employee.leaveDate = null;
      if (change.status === 'left') {
        employee.leaveDate = change.leaveDate ?? change.effectiveOn;
        for (const h of (await this.held.findBy({ employeeId: id })).filter((x) => x.endedOn === null)) {
          h.endedOn = employee.leaveDate;
          await this.held.save(h);
        }
      }
    }
    return this.employees.save(employee);
  }

  private async applyPersonal(employee: Employee, input: Partial<PersonalDetailsDto>): Promise<void> {
    if (input.idNumber !== undefined) {
      const normalised = input.idNumber.toUpperCase();
      employee.idNumberSecret = await this.cipher.seal(normalised);
      employee.idNumberLast4 = lastFour(normalised);
    }
    if (input.bankAccount !== undefined) {
      employee.bankAccountSecret = await this.cipher.seal(input.bankAccount);
      employee.bankAccountLast4 = lastFour(input.bankAccount);
    }
    for (const key of [
      'gender',
      'birthDate',
      'bankName',
      'phone',
      'email',
      'address',
      'emergencyContact',
    ] as const) {
      if (input[key] !== undefined)
        (employee as unknown as Record<string, unknown>)[key] = input[key] ?? null;
    }
    if (input.education !== undefined) employee.education = input.education;
  }

  private async assertUser(userId: string): Promise<void> {
    const exists = await this.users.getOwn(userId).catch(() => undefined);
    if (!exists)
      throw new BusinessRuleError('USER_UNKNOWN', 'No user account with that id.', [
        { field: 'userId', message: 'no such user' },
      ]);
  }

  private async translate<T>(save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'employee_user_key') throw new EmployeeUserTakenError();
      throw error;
    }
  }
}
