import { Injectable } from '@nestjs/common';
import {
  applyDataScope,
  DocumentNumbers,
  EventBus,
  Page,
  paginate,
  scopeAllows,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { addMonths } from '../shared/dates';
import { EmployeesService, scopeOf } from '../employees/employees.service';
import { Employee } from '../employees/employee.entity';
import { EMPLOYEE_HIRED, EmployeeHiredPayload } from '../hr.events';
import {
  CandidateNotFoundError,
  CandidateStageError,
  HiringRequestNotFoundError,
  HiringRequestStateError,
  PositionUnknownError,
} from '../hr.errors';
import { PositionsService, thisYear } from '../organisation/positions.service';
import { HrApprovalChains } from '../shared/hr-approval-chains';
import { HrHistory } from '../shared/hr-history';
import { canMove } from './candidate-pipeline';
import type {
  CreateCandidateDto,
  CreateHiringRequestDto,
  HireCandidateDto,
  ListCandidatesQuery,
  ListHiringRequestsQuery,
  MoveCandidateDto,
  RecruitmentPlanResponse,
} from './dto/recruitment.dto';
import { Candidate, HiringRequest } from './recruitment.entities';

export const HIRING_REQUEST_SUBJECT = 'hiring_request';

/** Hiring requests against the headcount plan, their approval, the recruitment plan and the candidate pipeline. */
@Injectable()
export class RecruitmentService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly positions: PositionsService,
    private readonly employees: EmployeesService,
    private readonly chains: HrApprovalChains,
    private readonly numbers: DocumentNumbers,
    private readonly events: EventBus,
    private readonly history: HrHistory,
  ) {}

  private get requests() {
    return this.connection.getRepository(HiringRequest);
  }

  private get candidates() {
    return this.connection.getRepository(Candidate);
  }

  async request(input: CreateHiringRequestDto): Promise<HiringRequest> {
    const position = await this.positions.active(input.positionId).catch(() => null);
    // A manager asks only for their own units; another unit's position is as if unknown.
    if (!position || !scopeAllows(await scopeOf('hiring-requests:write'), position.orgUnitId))
      throw new PositionUnknownError();
    const period = input.period ?? thisYear();
    await this.positions.assertRoomFor(position, period, input.headcount);
    const request = await this.requests.save(
      this.requests.create({
        number: await this.numbers.next('HQ'),
        orgUnitId: position.orgUnitId,
        positionId: position.id,
        period,
        headcount: input.headcount,
        hired: 0,
        reason: input.reason,
        wantedBy: input.wantedBy ?? null,
        status: 'pending_approval',
        requestedBy: null,
      }),
    );
    request.approvalRequestId = await this.chains.request('hiring_request', {
      subjectType: HIRING_REQUEST_SUBJECT,
      id: request.id,
      orgUnitId: position.orgUnitId,
      title: `招聘申请 ${request.number}: ${position.title} × ${input.headcount}`,
      summary: input.reason,
    });
    await this.history.record(
      'hiring_request',
      request.id,
      null,
      'requested',
      `${position.code} × ${input.headcount} (${period})`,
    );
    return this.requests.save(request);
  }

  async applyApproval(id: string, outcome: 'approved' | 'rejected' | 'cancelled'): Promise<void> {
    const request = await this.requests.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!request || request.status !== 'pending_approval') return;
    request.status = outcome;
    await this.requests.save(request);
    await this.history.record('hiring_request', id, null, outcome);
  }

  async list(query: ListHiringRequestsQuery): Promise<Page<HiringRequest>> {
    const qb = this.requests.createQueryBuilder('r');
    applyDataScope(qb, 'r.org_unit_id', await scopeOf('hiring-requests:read'));
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.period) qb.andWhere('r.period = :period', { period: query.period });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: { createdAt: { column: 'r.id', value: (r) => r.id } },
        idColumn: 'r.id',
        idValue: (r) => r.id,
      },
    );
  }

  async get(id: string): Promise<HiringRequest> {
    const qb = this.requests.createQueryBuilder('r').where('r.id = :id', { id });
    applyDataScope(qb, 'r.org_unit_id', await scopeOf('hiring-requests:read'));
    const request = await qb.getOne();
    if (!request) throw new HiringRequestNotFoundError(id);
    return request;
  }

  /** The recruitment plan (招聘计划) of a year: approved requests, what is hired and what is in the pipeline. */
  async plan(period: string): Promise<RecruitmentPlanResponse> {
    const qb = this.requests
      .createQueryBuilder('r')
      .where(`r.status IN ('approved', 'filled')`)
      .andWhere('r.period = :period', { period });
    applyDataScope(qb, 'r.org_unit_id', await scopeOf('hiring-requests:read'));
    const requests = await qb.orderBy('r.id').getMany();
    const titles = await this.employees.titlesOf(requests.map((r) => r.positionId));
    const pipeline: Array<{ id: string; n: number }> = requests.length
      ? await this.connection.manager.query(
          `SELECT hiring_request_id AS id, count(*)::int AS n FROM candidate
            WHERE hiring_request_id = ANY($1) AND stage IN ('applied', 'screening', 'interview', 'offer') GROUP BY 1`,
          [requests.map((r) => r.id)],
        )
      : [];
    const lines = requests.map((r) => ({
      hiringRequestId: r.id,
      number: r.number,
      orgUnitId: r.orgUnitId,
      positionId: r.positionId,
      positionTitle: titles.get(r.positionId) ?? '',
      headcount: r.headcount,
      hired: r.hired,
      inPipeline: pipeline.find((p) => p.id === r.id)?.n ?? 0,
      wantedBy: r.wantedBy,
      status: r.status,
    }));
    return {
      period,
      lines,
      totalHeadcount: lines.reduce((s, l) => s + l.headcount, 0),
      totalHired: lines.reduce((s, l) => s + l.hired, 0),
    };
  }

  async addCandidate(input: CreateCandidateDto): Promise<Candidate> {
    const request = await this.get(input.hiringRequestId);
    if (request.status !== 'approved') throw new HiringRequestStateError(request.status);
    const candidate = await this.candidates.save(
      this.candidates.create({
        hiringRequestId: request.id,
        orgUnitId: request.orgUnitId,
        name: input.name,
        phone: input.phone ?? null,
        email: input.email ?? null,
        source: input.source ?? null,
        stage: 'applied',
        offeredSalary: null,
        employeeId: null,
      }),
    );
    await this.history.record('candidate', candidate.id, null, 'applied', request.number);
    return candidate;
  }

  async listCandidates(query: ListCandidatesQuery): Promise<Page<Candidate>> {
    const qb = this.candidates.createQueryBuilder('c');
    applyDataScope(qb, 'c.org_unit_id', await scopeOf('candidates:read'));
    if (query.hiringRequestId) qb.andWhere('c.hiring_request_id = :r', { r: query.hiringRequestId });
    if (query.stage) qb.andWhere('c.stage = :stage', { stage: query.stage });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? 'createdAt' },
      {
        sorts: { createdAt: { column: 'c.id', value: (c) => c.id } },
        idColumn: 'c.id',
        idValue: (c) => c.id,
      },
    );
  }

  async candidate(id: string, permission = 'candidates:read', lock = false): Promise<Candidate> {
    const qb = this.candidates.createQueryBuilder('c').where('c.id = :id', { id });
    applyDataScope(qb, 'c.org_unit_id', await scopeOf(permission));
    if (lock) qb.setLock('pessimistic_write');
    const candidate = await qb.getOne();
    if (!candidate) throw new CandidateNotFoundError(id);
    return candidate;
  }

  async move(id: string, input: MoveCandidateDto): Promise<Candidate> {
    const candidate = await this.candidate(id, 'candidates:write', true);
    if (!canMove(candidate.stage, input.stage)) throw new CandidateStageError(candidate.stage, input.stage);
    const from = candidate.stage;
    candidate.stage = input.stage;
    if (input.offeredSalary !== undefined) candidate.offeredSalary = input.offeredSalary;
    await this.history.record('candidate', id, null, `${from}→${input.stage}`, input.note);
    return this.candidates.save(candidate);
  }

  async note(id: string, note: string): Promise<void> {
    await this.candidate(id, 'candidates:write');
    await this.history.record('candidate', id, null, 'note', note);
  }

  /** Hires a candidate with an offer: the employee starts on probation, and EmployeeHired goes out. */
  async hire(id: string, input: HireCandidateDto): Promise<{ candidate: Candidate; employee: Employee }> {
    const candidate = await this.candidate(id, 'candidates:write', true);
    if (!canMove(candidate.stage, 'hired')) throw new CandidateStageError(candidate.stage, 'hired');
    const request = await this.requests.findOne({
      where: { id: candidate.hiringRequestId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request || request.status !== 'approved')
      throw new HiringRequestStateError(request?.status ?? 'missing');
    const months = input.probationMonths ?? 3;
    const employee = await this.employees.create({
      ...(input.personal ?? {}),
      name: candidate.name,
      phone: input.personal?.phone ?? candidate.phone,
      email: input.personal?.email ?? candidate.email,
      positionId: request.positionId,
      hireDate: input.hireDate,
      status: months > 0 ? 'probation' : 'regular',
      probationEndDate: months > 0 ? addMonths(input.hireDate, months) : undefined,
      salary: input.salary ?? candidate.offeredSalary ?? undefined,
    });
    candidate.stage = 'hired';
    candidate.employeeId = employee.id;
    await this.candidates.save(candidate);
    request.hired += 1;
    if (request.hired >= request.headcount) request.status = 'filled';
    await this.requests.save(request);
    await this.history.record(
      'candidate',
      candidate.id,
      employee.id,
      'hired',
      `${employee.number} ${request.number}`,
    );
    await this.events.publish<EmployeeHiredPayload>(EMPLOYEE_HIRED, {
      employeeId: employee.id,
      employeeNumber: employee.number,
      orgUnitId: employee.orgUnitId,
      positionId: request.positionId,
      hireDate: employee.hireDate,
      probationEndDate: employee.probationEndDate,
      salary: employee.salary,
      currency: employee.currency,
      candidateId: candidate.id,
      hiringRequestId: request.id,
    });
    return { candidate, employee };
  }
}
