import { Injectable } from '@nestjs/common';
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
import { Employee, EmployeeStatus } from '../employees/employee.entity';
import { EmployeesService, scopeOf } from '../employees/employees.service';
import { EMPLOYEE_STATUS_CHANGED, EmployeeStatusChangedPayload } from '../hr.events';
import {
  EmployeeStatusError,
  ProbationItemNotFoundError,
  ProbationReviewNotFoundError,
  ProbationReviewPendingError,
} from '../hr.errors';
import { addMonths } from '../shared/dates';
import { HrApprovalChains } from '../shared/hr-approval-chains';
import { HrHistory } from '../shared/hr-history';
import type {
  CompleteProbationItemDto,
  CreateProbationItemDto,
  CreateProbationReviewDto,
  ListProbationReviewsQuery,
} from './dto/probation.dto';
import { ProbationItem, ProbationReview } from './probation.entities';

export const PROBATION_REVIEW_SUBJECT = 'probation_review';
/** The labour law's longest probation (for contracts of three years or more). */
const MAX_PROBATION_MONTHS = 6;

export function averageScore(items: ProbationItem[]): number | null {
  const scored = items.filter((i) => i.kind === 'assessment' && i.score !== null);
  return scored.length ? Math.round(scored.reduce((s, i) => s + i.score!, 0) / scored.length) : null;
}

/**
 * Probation (试用期): trainings and scored assessments on the probationer's file, and the end-of-probation
 * recommendation that goes through the approval engine and, approved, confirms, extends or ends employment.
 * A unit's manager works on their own unit's probationers (data scope of probation:write).
 */
@Injectable()
export class ProbationService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly employees: EmployeesService,
    private readonly chains: HrApprovalChains,
    private readonly numbers: DocumentNumbers,
    private readonly events: EventBus,
    private readonly history: HrHistory,
  ) {}

  private get items() {
    return this.connection.getRepository(ProbationItem);
  }

  private get reviews() {
    return this.connection.getRepository(ProbationReview);
  }

  async file(employeeId: string): Promise<{
    employee: Employee;
    items: ProbationItem[];
    reviews: ProbationReview[];
  }> {
    const employee = await this.employees.get(employeeId, 'probation:read');
    const items = await this.items.find({ where: { employeeId }, order: { id: 'ASC' } });
    const reviews = await this.reviews.find({ where: { employeeId }, order: { id: 'ASC' } });
    return { employee, items, reviews };
  }

  async addItem(input: CreateProbationItemDto): Promise<ProbationItem> {
    const employee = await this.employees.get(input.employeeId, 'probation:write');
    if (employee.status !== 'probation') throw new EmployeeStatusError(employee.status, 'probation work');
    const item = await this.items.save(
      this.items.create({
        employeeId: employee.id,
        kind: input.kind,
        title: input.title,
        dueOn: input.dueOn ?? null,
        completedOn: null,
        score: null,
        note: null,
      }),
    );
    await this.history.record(
      'employee',
      employee.id,
      employee.id,
      `probation-${input.kind}-assigned`,
      input.title,
    );
    return item;
  }

  async complete(id: string, input: CompleteProbationItemDto): Promise<ProbationItem> {
    const item = await this.items.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw new ProbationItemNotFoundError(id);
    if (!(await this.employees.reaches(item.employeeId, 'probation:write')))
      throw new ProbationItemNotFoundError(id);
    if (item.completedOn)
      throw new ConflictError(
        'PROBATION_ITEM_DONE',
        `“${item.title}” was completed on ${item.completedOn}.`,
        [{ field: 'completedOn', message: 'is already set' }],
      );
    if (item.kind === 'assessment' && input.score === undefined)
      throw new InvalidInputError('PROBATION_SCORE_REQUIRED', 'An assessment is completed with its score.', [
        { field: 'score', message: 'is required for an assessment' },
      ]);
    item.completedOn = input.completedOn;
    item.score = input.score ?? null;
    item.note = input.note ?? null;
    await this.items.save(item);
    await this.history.record(
      'employee',
      item.employeeId,
      item.employeeId,
      `probation-${item.kind}-completed`,
      item.score === null ? item.title : `${item.title}: ${item.score}`,
    );
    return item;
  }

  async recommend(input: CreateProbationReviewDto): Promise<ProbationReview> {
    const employee = await this.employees.get(input.employeeId, 'probation:write', true);
    if (employee.status !== 'probation') throw new EmployeeStatusError(employee.status, 'a probation review');
    if (await this.reviews.existsBy({ employeeId: employee.id, status: 'pending_approval' }))
      throw new ProbationReviewPendingError();
    let newEnd: string | null = null;
    let leaveDate: string | null = null;
    if (input.recommendation === 'extend') {
      const latest = addMonths(employee.hireDate, MAX_PROBATION_MONTHS);
      if (!input.newProbationEndDate)
        throw new InvalidInputError('PROBATION_END_REQUIRED', 'Extending probation needs the new end date.', [
          { field: 'newProbationEndDate', message: 'is required for extend' },
        ]);
      if (employee.probationEndDate && input.newProbationEndDate <= employee.probationEndDate)
        throw new InvalidInputError('PROBATION_END_INVALID', 'The new end date is after the current one.', [
          { field: 'newProbationEndDate', message: `must be after ${employee.probationEndDate}` },
        ]);
      if (input.newProbationEndDate > latest)
        throw new InvalidInputError(
          'PROBATION_END_INVALID',
          `Probation lasts at most ${MAX_PROBATION_MONTHS} months from the hire date.`,
          [{ field: 'newProbationEndDate', message: `must be on or before ${latest}` }],
        );
      newEnd = input.newProbationEndDate;
    }
    if (input.recommendation === 'end')
      leaveDate = input.leaveDate ?? employee.probationEndDate ?? beijingDate(new Date());
    const items = await this.items.findBy({ employeeId: employee.id });
    const review = await this.reviews.save(
      this.reviews.create({
        number: await this.numbers.next('PR'),
        employeeId: employee.id,
        recommendation: input.recommendation,
        extendMonths: null,
        newProbationEndDate: newEnd,
        leaveDate,
        averageScore: averageScore(items),
        reason: input.reason,
        status: 'pending_approval',
        approvalRequestId: null,
      }),
    );
    const label = { confirm: '转正', extend: '延长试用期', end: '终止试用' }[input.recommendation];
    review.approvalRequestId = await this.chains.request('probation_review', {
      subjectType: PROBATION_REVIEW_SUBJECT,
      id: review.id,
      orgUnitId: employee.orgUnitId,
      title: `试用期评估 ${review.number}: ${employee.name} ${label}`,
      summary: input.reason,
    });
    await this.reviews.save(review);
    await this.history.record(
      'probation_review',
      review.id,
      employee.id,
      `recommended-${input.recommendation}`,
      input.reason,
    );
    return review;
  }

  /** The approval engine decided: approved, the employee's status changes; otherwise they stay on probation. */
  async applyApproval(id: string, outcome: 'approved' | 'rejected' | 'cancelled'): Promise<void> {
    const review = await this.reviews.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!review || review.status !== 'pending_approval') return;
    review.status = outcome;
    await this.reviews.save(review);
    await this.history.record('probation_review', id, review.employeeId, outcome);
    if (outcome !== 'approved') return;
    const today = beijingDate(new Date());
    const employee = await this.employees.applyChange(review.employeeId, {
      effectiveOn: today,
      ...(review.recommendation === 'confirm' ? { status: 'regular' as const } : {}),
      ...(review.recommendation === 'extend' ? { probationEndDate: review.newProbationEndDate! } : {}),
      ...(review.recommendation === 'end'
        ? {
            status: review.leaveDate! <= today ? ('left' as const) : ('leaving' as const),
            leaveDate: review.leaveDate!,
          }
        : {}),
    });
    await this.statusChanged(employee.id, 'probation', employee.status, `probation-${review.recommendation}`);
  }

  async list(query: ListProbationReviewsQuery): Promise<Page<ProbationReview>> {
    const qb = this.reviews.createQueryBuilder('r').innerJoin(Employee, 'e', 'e.id = r.employee_id');
    applyDataScope(qb, 'e.org_unit_id', await scopeOf('probation:read'));
    if (query.employeeId) qb.andWhere('r.employee_id = :e', { e: query.employeeId });
    if (query.status) qb.andWhere('r.status = :s', { s: query.status });
    return paginate(
      qb,
      { ...query, sort: '-createdAt' },
      {
        sorts: { createdAt: { column: 'r.id', value: (r) => r.id } },
        idColumn: 'r.id',
        idValue: (r) => r.id,
      },
    );
  }

  async review(id: string): Promise<ProbationReview> {
    const review = await this.reviews.findOneBy({ id });
    if (!review) throw new ProbationReviewNotFoundError(id);
    if (!(await this.employees.reaches(review.employeeId, 'probation:read')))
      throw new ProbationReviewNotFoundError(id);
    return review;
  }

  private async statusChanged(employeeId: string, from: EmployeeStatus, to: EmployeeStatus, reason: string) {
    if (from === to) return;
    await this.events.publish<EmployeeStatusChangedPayload>(EMPLOYEE_STATUS_CHANGED, {
      employeeId,
      from,
      to,
      reason,
    });
  }
}
