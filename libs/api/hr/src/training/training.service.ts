import { Injectable } from '@nestjs/common';
import {
  applyDataScope,
  BusinessRuleError,
  DocumentNumbers,
  NotFoundError,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { EmployeesService, scopeOf } from '../employees/employees.service';
import { HrHistory } from '../shared/hr-history';
import type { CreateTrainingRecordDto, ListTrainingRecordsQuery } from './dto/training.dto';
import { TrainingRecord } from './training-record.entity';

/** Training records (培训记录) on the employee's file. */
@Injectable()
export class TrainingService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly employees: EmployeesService,
    private readonly numbers: DocumentNumbers,
    private readonly history: HrHistory,
  ) {}

  private get records() {
    return this.connection.getRepository(TrainingRecord);
  }

  async create(input: CreateTrainingRecordDto): Promise<TrainingRecord> {
    const employee = await this.employees.get(input.employeeId, 'training:write');
    if (input.endsOn < input.startsOn)
      throw new BusinessRuleError('TRAINING_DATES_INVALID', 'The training ends before it starts.', [
        { field: 'endsOn', message: 'is before startsOn' },
      ]);
    const record = await this.records.save(
      this.records.create({
        number: await this.numbers.next('TR'),
        employeeId: employee.id,
        orgUnitId: employee.orgUnitId,
        title: input.title,
        kind: input.kind as TrainingRecord['kind'],
        provider: input.provider ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        hours: input.hours,
        cost: input.cost ?? 0,
        currency: 'CNY',
        result: input.result as TrainingRecord['result'],
        score: input.score ?? null,
        certificate: input.certificate ?? null,
      }),
    );
    await this.history.record(
      'employee',
      employee.id,
      employee.id,
      'trained',
      `${record.number} ${record.title}`,
    );
    return record;
  }

  async list(query: ListTrainingRecordsQuery): Promise<Page<TrainingRecord>> {
    const qb = this.records.createQueryBuilder('t');
    applyDataScope(qb, 't.org_unit_id', await scopeOf('training:read'));
    if (query.employeeId) qb.andWhere('t.employee_id = :e', { e: query.employeeId });
    if (query.kind) qb.andWhere('t.kind = :k', { k: query.kind });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-startsOn' },
      {
        sorts: { startsOn: { column: 't.starts_on', value: (t) => t.startsOn } },
        idColumn: 't.id',
        idValue: (t) => t.id,
      },
    );
  }

  async get(id: string): Promise<TrainingRecord> {
    const qb = this.records.createQueryBuilder('t').where('t.id = :id', { id });
    applyDataScope(qb, 't.org_unit_id', await scopeOf('training:read'));
    const record = await qb.getOne();
    if (!record) throw new NotFoundError('TRAINING_RECORD_NOT_FOUND', `No training record ${id}.`);
    return record;
  }
}
