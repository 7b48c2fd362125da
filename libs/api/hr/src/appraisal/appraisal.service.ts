import { Injectable } from '@nestjs/common';
import {
  applyDataScope,
  currentActor,
  DocumentNumbers,
  EventBus,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { Employee } from '../employees/employee.entity';
import { scopeOf } from '../employees/employees.service';
import { PositionsService } from '../organisation/positions.service';
import { HrHistory } from '../shared/hr-history';
import {
  distributionBreach,
  gradeFor,
  GradeBand,
  gradeTableProblem,
  ItemScore,
  nextStatus,
  ScoreError,
  templateProblem,
  weightedScore,
} from './appraisal-rules';
import { Appraisal, AppraisalCycle, AppraisalGrade, KpiTemplate } from './appraisal.entities';
import {
  AppraisalCycleNotFoundError,
  AppraisalInvalidError,
  AppraisalNotFoundError,
  AppraisalsUnscoredError,
  CycleStageError,
  ForcedDistributionError,
} from './appraisal.errors';
import { APPRAISAL_CYCLE_CLOSED, AppraisalCycleClosedPayload } from './appraisal.events';
import type {
  CalibrateDto,
  CreateCycleDto,
  CycleDetailResponse,
  CycleResultsResponse,
  ListAppraisalsQuery,
  ListCyclesQuery,
  ListTemplatesQuery,
  PutGradesDto,
  PutKpiTemplateDto,
  ReviewDto,
} from './dto/appraisal.dto';

/** Appraisal cycles (绩效考核): KPI templates, self and manager scores, HR's calibration, grades for payroll. */
@Injectable()
export class AppraisalService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly positions: PositionsService,
    private readonly numbers: DocumentNumbers,
    private readonly events: EventBus,
    private readonly history: HrHistory,
  ) {}

  private get cycles() {
    return this.connection.getRepository(AppraisalCycle);
  }
  private get appraisals() {
    return this.connection.getRepository(Appraisal);
  }
  private get templates() {
    return this.connection.getRepository(KpiTemplate);
  }

  grades(): Promise<AppraisalGrade[]> {
    return this.connection.getRepository(AppraisalGrade).find({ order: { rank: 'ASC' } });
  }

  /** Replaces the grade table; grades used by an open cycle's calibration must stay. */
  async putGrades(input: PutGradesDto): Promise<AppraisalGrade[]> {
    const problem = gradeTableProblem(input.grades);
    if (problem) throw new AppraisalInvalidError(problem.field, problem.message);
    const repo = this.connection.getRepository(AppraisalGrade);
    await this.connection.manager.query(`DELETE FROM appraisal_grade`);
    await repo.save(input.grades.map((g) => repo.create({ ...g, description: g.description ?? '' })));
    return this.grades();
  }

  listTemplates(query: ListTemplatesQuery): Promise<Page<KpiTemplate>> {
    return paginate(this.templates.createQueryBuilder('t'), query, {
      sorts: { createdAt: { column: 't.id', value: (t) => t.id } },
      idColumn: 't.id',
      idValue: (t) => t.id,
    });
  }

  async putTemplate(positionId: string, input: PutKpiTemplateDto): Promise<KpiTemplate> {
    await this.positions.active(positionId);
    const problem = templateProblem(input.items);
    if (problem) throw new AppraisalInvalidError(problem.field, problem.message);
    const template =
      (await this.templates.findOne({ where: { positionId }, lock: { mode: 'pessimistic_write' } })) ??
      this.templates.create({ positionId });
    template.name = input.name;
    template.items = input.items.map((i) => ({
      code: i.code,
      name: i.name,
      weight: i.weight,
      description: i.description,
    }));
    return this.templates.save(template);
  }

  async createCycle(input: CreateCycleDto): Promise<AppraisalCycle> {
    if (input.periodEnd < input.periodStart)
      throw new AppraisalInvalidError('periodEnd', 'is before periodStart');
    const caps = input.forcedDistribution ?? null;
    if (caps) {
      const known = new Set((await this.grades()).map((g) => g.grade));
      for (const [grade, percent] of Object.entries(caps)) {
        if (!known.has(grade))
          throw new AppraisalInvalidError('forcedDistribution', `${grade} is not a grade`);
        if (!Number.isInteger(percent) || percent < 0 || percent > 100)
          throw new AppraisalInvalidError('forcedDistribution', `${grade} must be a percent 0–100`);
      }
    }
    return this.cycles.save(
      this.cycles.create({
        number: await this.numbers.next('AC'),
        name: input.name,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        status: 'draft',
        forcedDistribution: caps,
        closedAt: null,
      }),
    );
  }

  listCycles(query: ListCyclesQuery): Promise<Page<AppraisalCycle>> {
    const qb = this.cycles.createQueryBuilder('c');
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: { createdAt: { column: 'c.id', value: (c) => c.id } },
        idColumn: 'c.id',
        idValue: (c) => c.id,
      },
    );
  }

  async cycle(id: string, lock = false): Promise<AppraisalCycle> {
    const cycle = await this.cycles.findOne({
      where: { id },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!cycle) throw new AppraisalCycleNotFoundError(id);
    return cycle;
  }

  /** The cycle with its progress, counted over the caller's scope (a manager sees their unit's numbers). */
  async detail(id: string): Promise<CycleDetailResponse> {
    const cycle = await this.cycle(id);
    const qb = this.appraisals
      .createQueryBuilder('a')
      .select('coalesce(a.final_grade, a.grade)', 'grade')
      .addSelect('count(*)::int', 'n')
      .addSelect('count(a.self_score)::int', 'self')
      .addSelect('count(a.manager_score)::int', 'manager')
      .where('a.cycle_id = :id', { id })
      .groupBy('1');
    applyDataScope(qb, 'a.org_unit_id', await scopeOf('appraisals:read'));
    const rows: Array<{ grade: string | null; n: number; self: number; manager: number }> =
      await qb.getRawMany();
    return {
      ...cycleView(cycle),
      appraisals: rows.reduce((s, r) => s + r.n, 0),
      selfReviewed: rows.reduce((s, r) => s + r.self, 0),
      managerReviewed: rows.reduce((s, r) => s + r.manager, 0),
      distribution: Object.fromEntries(rows.filter((r) => r.grade).map((r) => [r.grade!, r.n])),
    };
  }

  /** Moves the cycle one step on, doing what the step needs. */
  async advance(id: string): Promise<AppraisalCycle> {
    const cycle = await this.cycle(id, true);
    const next = nextStatus(cycle.status);
    if (!next) throw new CycleStageError(cycle.status, 'advancing');
    if (next === 'self_review') await this.open(cycle);
    if (next === 'calibration') await this.grade(cycle);
    if (next === 'closed') await this.close(cycle);
    cycle.status = next;
    return this.cycles.save(cycle);
  }

  /** Everyone employed in the period whose position has a KPI template gets an appraisal with its items. */
  private async open(cycle: AppraisalCycle): Promise<void> {
    const employees = await this.connection
      .getRepository(Employee)
      .createQueryBuilder('e')
      .innerJoin(KpiTemplate, 't', 't.position_id = e.position_id')
      .where(`e.status <> 'left'`)
      .andWhere('e.hire_date <= :end', { end: cycle.periodEnd })
      .getMany();
    if (employees.length === 0)
      throw new AppraisalInvalidError(
        'status',
        'nobody to appraise: no current employee’s position has a KPI template',
      );
    const templates = new Map(
      (
        await this.templates
          .createQueryBuilder('t')
          .where('t.position_id = ANY(:ids)', { ids: [...new Set(employees.map((e) => e.positionId!))] })
          .getMany()
      ).map((t) => [t.positionId, t]),
    );
    await this.appraisals.save(
      employees.map((e) =>
        this.appraisals.create({
          cycleId: cycle.id,
          employeeId: e.id,
          orgUnitId: e.orgUnitId,
          positionId: e.positionId!,
          items: templates.get(e.positionId!)!.items,
        }),
      ),
      { chunk: 200 },
    );
  }

  private async grade(cycle: AppraisalCycle): Promise<void> {
    const [{ n }] = await this.connection.manager.query(
      `SELECT count(*)::int AS n FROM appraisal WHERE cycle_id = $1 AND manager_score IS NULL`,
      [cycle.id],
    );
    if (n > 0) throw new AppraisalsUnscoredError(n);
    const bands = await this.bands();
    const all = await this.appraisals.findBy({ cycleId: cycle.id });
    for (const a of all) {
      a.grade = gradeFor(a.managerScore!, bands);
      a.finalGrade = a.grade;
    }
    await this.appraisals.save(all, { chunk: 200 });
  }

  private async close(cycle: AppraisalCycle): Promise<void> {
    const all = await this.appraisals.find({ where: { cycleId: cycle.id }, order: { id: 'ASC' } });
    if (cycle.forcedDistribution) {
      const breach = distributionBreach(
        all.map((a) => a.finalGrade!),
        cycle.forcedDistribution,
      );
      if (breach) throw new ForcedDistributionError(breach.grade, breach.count, breach.allowed);
    }
    const coefficients = new Map((await this.bands()).map((b) => [b.grade, b.coefficient]));
    for (const a of all) a.coefficient = coefficients.get(a.finalGrade!) ?? 0;
    await this.appraisals.save(all, { chunk: 200 });
    cycle.closedAt = new Date();
    await this.events.publish<AppraisalCycleClosedPayload>(APPRAISAL_CYCLE_CLOSED, {
      cycleId: cycle.id,
      number: cycle.number,
      periodStart: cycle.periodStart,
      periodEnd: cycle.periodEnd,
      results: all.map((a) => ({
        employeeId: a.employeeId,
        finalGrade: a.finalGrade!,
        coefficient: a.coefficient!,
      })),
    });
    for (const a of all)
      await this.history.record(
        'employee',
        a.employeeId,
        a.employeeId,
        'appraised',
        `${cycle.number}: ${a.finalGrade}`,
      );
  }

  listAppraisals(query: ListAppraisalsQuery): Promise<Page<Appraisal>> {
    return this.scoped(query, 'appraisals:read');
  }

  private async scoped(query: ListAppraisalsQuery, permission: string): Promise<Page<Appraisal>> {
    const qb = this.appraisals.createQueryBuilder('a');
    applyDataScope(qb, 'a.org_unit_id', await scopeOf(permission));
    if (query.cycleId) qb.andWhere('a.cycle_id = :c', { c: query.cycleId });
    if (query.employeeId) qb.andWhere('a.employee_id = :e', { e: query.employeeId });
    return paginate(qb, query, {
      sorts: { createdAt: { column: 'a.id', value: (a) => a.id } },
      idColumn: 'a.id',
      idValue: (a) => a.id,
    });
  }

  /** The signed-in person's own appraisals (through the employee file linked to their user). */
  async mine(): Promise<Appraisal[]> {
    const me = currentActor();
    if (!me || me.kind !== 'user') return [];
    return this.appraisals
      .createQueryBuilder('a')
      .innerJoin(Employee, 'e', 'e.id = a.employee_id')
      .where('e.user_id = :me', { me: me.id })
      .orderBy('a.id', 'DESC')
      .limit(50)
      .getMany();
  }

  async get(id: string, permission = 'appraisals:read', lock = false): Promise<Appraisal> {
    const qb = this.appraisals.createQueryBuilder('a').where('a.id = :id', { id });
    applyDataScope(qb, 'a.org_unit_id', await scopeOf(permission));
    if (lock) qb.setLock('pessimistic_write');
    const appraisal = await qb.getOne();
    if (!appraisal) throw new AppraisalNotFoundError(id);
    return appraisal;
  }

  /** Only the appraised employee, signed in as the user linked to their file; anyone else gets 404. */
  async selfReview(id: string, input: ReviewDto): Promise<Appraisal> {
    const me = currentActor();
    const appraisal = await this.appraisals.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    const employee = appraisal
      ? await this.connection.getRepository(Employee).findOneBy({ id: appraisal.employeeId })
      : null;
    if (!appraisal || !employee || !me || me.kind !== 'user' || employee.userId !== me.id)
      throw new AppraisalNotFoundError(id);
    await this.assertStage(appraisal.cycleId, 'self_review', 'a self-review');
    appraisal.selfScores = input.scores;
    appraisal.selfScore = this.score(appraisal, input.scores);
    appraisal.selfComment = input.comment ?? null;
    return this.appraisals.save(appraisal);
  }

  /** A manager scores the people of their unit, never themselves. */
  async managerReview(id: string, input: ReviewDto): Promise<Appraisal> {
    const appraisal = await this.get(id, 'appraisals:review', true);
    await this.assertStage(appraisal.cycleId, 'manager_review', 'a manager review');
    const employee = await this.connection
      .getRepository(Employee)
      .findOneByOrFail({ id: appraisal.employeeId });
    const me = currentActor();
    if (me?.kind === 'user' && employee.userId === me.id)
      throw new AppraisalInvalidError('employeeId', 'is you: your own appraisal is reviewed by your manager');
    appraisal.managerScores = input.scores;
    appraisal.managerScore = this.score(appraisal, input.scores);
    appraisal.managerComment = input.comment ?? null;
    appraisal.reviewedBy = me?.kind === 'user' ? me.id : null;
    return this.appraisals.save(appraisal);
  }

  /** HR sets the final grade in calibration; changing the suggested grade needs a reason. */
  async calibrate(id: string, input: CalibrateDto): Promise<Appraisal> {
    const appraisal = await this.get(id, 'appraisals:write', true);
    await this.assertStage(appraisal.cycleId, 'calibration', 'calibration');
    if (!(await this.bands()).some((b) => b.grade === input.finalGrade))
      throw new AppraisalInvalidError('finalGrade', `${input.finalGrade} is not a grade`);
    if (input.finalGrade !== appraisal.grade && !input.reason)
      throw new AppraisalInvalidError('reason', 'is required when the grade changes');
    appraisal.finalGrade = input.finalGrade;
    appraisal.adjustmentReason = input.finalGrade === appraisal.grade ? null : input.reason!;
    await this.history.record(
      'employee',
      appraisal.employeeId,
      appraisal.employeeId,
      'appraisal-calibrated',
      `${appraisal.grade} → ${input.finalGrade}${input.reason ? `: ${input.reason}` : ''}`,
    );
    return this.appraisals.save(appraisal);
  }

  /** Final grades and bonus coefficients of a cycle, for payroll: of the people in the caller's scope. */
  async results(cycleId: string): Promise<CycleResultsResponse> {
    const cycle = await this.cycle(cycleId);
    const coefficients = new Map((await this.bands()).map((b) => [b.grade, b.coefficient]));
    const qb = this.appraisals.createQueryBuilder('a').where('a.cycle_id = :cycleId', { cycleId });
    applyDataScope(qb, 'a.org_unit_id', await scopeOf('appraisal-results:read'));
    const all = await qb.orderBy('a.id', 'ASC').getMany();
    return {
      cycleId,
      final: cycle.status === 'closed',
      results: all
        .filter((a) => a.finalGrade)
        .map((a) => ({
          employeeId: a.employeeId,
          finalGrade: a.finalGrade!,
          coefficient: a.coefficient ?? coefficients.get(a.finalGrade!) ?? 0,
        })),
    };
  }

  private async assertStage(cycleId: string, status: string, wanted: string): Promise<void> {
    const cycle = await this.cycle(cycleId);
    if (cycle.status !== status) throw new CycleStageError(cycle.status, wanted);
  }

  private score(appraisal: Appraisal, scores: ItemScore[]): number {
    try {
      return weightedScore(appraisal.items, scores);
    } catch (error) {
      if (error instanceof ScoreError) throw new AppraisalInvalidError(error.field, error.message);
      throw error;
    }
  }

  private async bands(): Promise<GradeBand[]> {
    return (await this.grades()).map((g) => ({
      grade: g.grade,
      rank: g.rank,
      minScore: g.minScore,
      coefficient: g.coefficient,
    }));
  }
}

export const cycleView = (c: AppraisalCycle) => ({
  id: c.id,
  number: c.number,
  name: c.name,
  periodStart: c.periodStart,
  periodEnd: c.periodEnd,
  status: c.status,
  forcedDistribution: c.forcedDistribution,
  closedAt: c.closedAt,
  version: c.version,
});
