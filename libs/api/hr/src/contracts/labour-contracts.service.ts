import { Injectable, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  applyDataScope,
  beijingDate,
  ConflictError,
  DocumentNumbers,
  EventBus,
  InvalidInputError,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { Employee } from '../employees/employee.entity';
import { EmployeesService, scopeOf } from '../employees/employees.service';
import { CONTRACT_EXPIRING, ContractExpiringPayload } from '../hr.events';
import { ContractNotFoundError, ContractStateError, EmployeeStatusError } from '../hr.errors';
import { addDays, daysBetween } from '../shared/dates';
import { HrHistory } from '../shared/hr-history';
import type {
  ContractTermsDto,
  CreateContractDto,
  ExpiringContractsQuery,
  ListContractsQuery,
  RenewContractDto,
  TerminateContractDto,
} from './dto/labour-contract.dto';
import { LabourContract } from './labour-contract.entity';

/** Reminders go out this many days before a contract ends (the law asks for notice 30 days ahead). */
export const REMINDER_THRESHOLDS = [60, 30] as const;

/** Labour contracts on the personnel file: record, renew, terminate, and remind HR before they expire. */
@Injectable()
export class LabourContractsService {
  private readonly logger = new Logger('LabourContracts');

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly employees: EmployeesService,
    private readonly numbers: DocumentNumbers,
    private readonly events: EventBus,
    private readonly history: HrHistory,
  ) {}

  private get contracts() {
    return this.connection.getRepository(LabourContract);
  }

  async create(input: CreateContractDto): Promise<LabourContract> {
    const employee = await this.employees.get(input.employeeId, 'labour-contracts:write', true);
    if (employee.status === 'left') throw new EmployeeStatusError(employee.status, 'a new contract');
    const contract = await this.open(employee, input.startsOn, input, null);
    await this.history.record(
      'labour_contract',
      contract.id,
      employee.id,
      'contract-signed',
      `${contract.number} ${contract.type} ${contract.startsOn}–${contract.endsOn ?? '∞'}`,
    );
    return contract;
  }

  async renew(id: string, input: RenewContractDto): Promise<LabourContract> {
    const current = await this.get(id, 'labour-contracts:write', true);
    if (current.status !== 'active') throw new ContractStateError(current.status);
    if (!current.endsOn)
      throw new ConflictError('LABOUR_CONTRACT_OPEN_ENDED', 'An open-ended contract is not renewed.', [
        { field: 'type', message: 'is open_ended' },
      ]);
    const employee = await this.employees.get(current.employeeId, 'labour-contracts:write', true);
    if (employee.status === 'left') throw new EmployeeStatusError(employee.status, 'a renewal');
    const startsOn = input.startsOn ?? addDays(current.endsOn, 1);
    if (startsOn <= current.startsOn)
      throw new InvalidInputError(
        'CONTRACT_DATES_INVALID',
        'The renewal starts after the current contract.',
        [{ field: 'startsOn', message: `must be after ${current.startsOn}` }],
      );
    current.status = 'renewed';
    await this.contracts.save(current);
    const next = await this.open(employee, startsOn, input, current.id);
    await this.history.record(
      'labour_contract',
      next.id,
      employee.id,
      'contract-renewed',
      `${current.number} → ${next.number} ${next.startsOn}–${next.endsOn ?? '∞'}`,
    );
    return next;
  }

  async terminate(id: string, input: TerminateContractDto): Promise<LabourContract> {
    const contract = await this.get(id, 'labour-contracts:write', true);
    if (contract.status !== 'active') throw new ContractStateError(contract.status);
    if (input.terminatedOn < contract.startsOn)
      throw new InvalidInputError('CONTRACT_DATES_INVALID', 'A contract ends after it starts.', [
        { field: 'terminatedOn', message: `must be on or after ${contract.startsOn}` },
      ]);
    contract.status = 'terminated';
    contract.terminatedOn = input.terminatedOn;
    contract.terminationReason = input.reason;
    await this.contracts.save(contract);
    await this.history.record(
      'labour_contract',
      contract.id,
      contract.employeeId,
      'contract-terminated',
      `${contract.number} ${input.terminatedOn}: ${input.reason}`,
    );
    return contract;
  }

  async get(id: string, permission = 'labour-contracts:read', lock = false): Promise<LabourContract> {
    const qb = this.scoped(await scopeOf(permission)).andWhere('c.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['c']);
    const contract = await qb.getOne();
    if (!contract) throw new ContractNotFoundError(id);
    return contract;
  }

  async list(query: ListContractsQuery): Promise<Page<LabourContract>> {
    const qb = this.scoped(await scopeOf('labour-contracts:read'));
    if (query.employeeId) qb.andWhere('c.employee_id = :e', { e: query.employeeId });
    if (query.status) qb.andWhere('c.status = :s', { s: query.status });
    return paginate(
      qb,
      { ...query, sort: '-createdAt' },
      {
        sorts: { createdAt: { column: 'c.id', value: (c) => c.id } },
        idColumn: 'c.id',
        idValue: (c) => c.id,
      },
    );
  }

  /** Active contracts ending within `withinDays` of `today` (Beijing), soonest first. */
  async expiring(
    query: ExpiringContractsQuery,
    today = beijingDate(new Date()),
  ): Promise<Page<LabourContract>> {
    const qb = this.scoped(await scopeOf('labour-contracts:read'))
      .andWhere(`c.status = 'active'`)
      .andWhere('c.ends_on IS NOT NULL')
      .andWhere('c.ends_on <= :until', { until: addDays(today, query.withinDays ?? 60) });
    return paginate(
      qb,
      { ...query, sort: 'endsOn' },
      {
        sorts: { endsOn: { column: 'c.ends_on', value: (c) => c.endsOn! } },
        idColumn: 'c.id',
        idValue: (c) => c.id,
      },
    );
  }

  /**
   * The daily chore: contracts past their end date become `ended`, and each active contract within a reminder
   * threshold gets LabourContractExpiring once per end date and threshold (the reminder row is the proof), so
   * the job may run any number of times a day. Runs each contract in its own transaction.
   */
  async remind(today = beijingDate(new Date())): Promise<{ reminded: number; ended: number }> {
    const ended = await this.connection.withTransaction(async () => {
      const past = await this.contracts
        .createQueryBuilder('c')
        .where(`c.status = 'active' AND c.ends_on < :today`, { today })
        .setLock('pessimistic_write')
        .getMany();
      for (const contract of past) {
        contract.status = 'ended';
        await this.contracts.save(contract);
        await this.history.record(
          'labour_contract',
          contract.id,
          contract.employeeId,
          'contract-ended',
          contract.number,
        );
      }
      return past.length;
    });
    const due: Array<{ id: string }> = await this.connection.manager.query(
      `SELECT id FROM labour_contract WHERE status = 'active' AND ends_on BETWEEN $1 AND $2 ORDER BY ends_on, id`,
      [today, addDays(today, Math.max(...REMINDER_THRESHOLDS))],
    );
    let reminded = 0;
    for (const { id } of due) {
      const sent = await this.connection.withTransaction(() => this.remindOne(id, today));
      if (sent) reminded++;
    }
    if (reminded || ended) this.logger.log({ reminded, ended }, 'Labour contract reminders');
    return { reminded, ended };
  }

  private async remindOne(id: string, today: string): Promise<boolean> {
    const contract = await this.contracts.findOneBy({ id });
    if (!contract || contract.status !== 'active' || !contract.endsOn) return false;
    const daysLeft = daysBetween(today, contract.endsOn);
    const crossed = REMINDER_THRESHOLDS.filter((t) => daysLeft <= t);
    if (!crossed.length) return false;
    const inserted: unknown[] = await this.connection.manager.query(
      `INSERT INTO contract_renewal_reminder (contract_id, ends_on, days_before)
       SELECT $1, $2, t FROM unnest($3::int[]) AS t
       ON CONFLICT ON CONSTRAINT contract_renewal_reminder_key DO NOTHING RETURNING id`,
      [contract.id, contract.endsOn, crossed],
    );
    if (!inserted.length) return false;
    await this.events.publish<ContractExpiringPayload>(CONTRACT_EXPIRING, {
      contractId: contract.id,
      number: contract.number,
      employeeId: contract.employeeId,
      endsOn: contract.endsOn,
      daysLeft,
    });
    await this.history.record(
      'labour_contract',
      contract.id,
      contract.employeeId,
      'renewal-reminder',
      `${contract.number}: ${daysLeft} days left`,
    );
    return true;
  }

  private scoped(scope: Awaited<ReturnType<typeof scopeOf>>) {
    const qb = this.contracts.createQueryBuilder('c').innerJoin(Employee, 'e', 'e.id = c.employee_id');
    applyDataScope(qb, 'e.org_unit_id', scope);
    return qb;
  }

  private async open(
    employee: Employee,
    startsOn: string,
    terms: ContractTermsDto,
    renewedFromId: string | null,
  ): Promise<LabourContract> {
    if (terms.type === 'open_ended' && terms.endsOn)
      throw new InvalidInputError('CONTRACT_DATES_INVALID', 'An open-ended contract has no end date.', [
        { field: 'endsOn', message: 'must be absent for open_ended' },
      ]);
    if (terms.type !== 'open_ended' && !terms.endsOn)
      throw new InvalidInputError('CONTRACT_DATES_INVALID', 'A fixed-term contract needs an end date.', [
        { field: 'endsOn', message: 'is required' },
      ]);
    if (terms.endsOn && terms.endsOn < startsOn)
      throw new InvalidInputError('CONTRACT_DATES_INVALID', 'A contract ends after it starts.', [
        { field: 'endsOn', message: `must be on or after ${startsOn}` },
      ]);
    try {
      return await this.contracts.save(
        this.contracts.create({
          number: await this.numbers.next('LC'),
          employeeId: employee.id,
          type: terms.type,
          startsOn,
          endsOn: terms.endsOn ?? null,
          probationMonths: terms.probationMonths ?? 0,
          status: 'active',
          note: terms.note ?? null,
          renewedFromId,
          terminatedOn: null,
          terminationReason: null,
        }),
      );
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'labour_contract_one_active')
        throw new ConflictError(
          'LABOUR_CONTRACT_ACTIVE',
          `${employee.number} ${employee.name} already has an active contract; renew or terminate it.`,
          [{ field: 'employeeId', message: 'has an active contract' }],
        );
      throw error;
    }
  }
}
