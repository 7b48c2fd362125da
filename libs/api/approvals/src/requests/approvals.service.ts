import { Injectable } from '@nestjs/common';
import { Brackets, In, SelectQueryBuilder } from 'typeorm';
import {
  currentActor,
  DocumentNumbers,
  EventBus,
  InvalidInputError,
  Page,
  paginate,
  TransactionalConnection,
  UnauthenticatedError,
} from '@zhanggui/api-platform';
import { OrgUnitKind, OrgUnitsService, RoleCode, UsersService } from '@zhanggui/api-identity';
import { cancel, ChainRuleError, decide, Decision } from './approval-chain';
import { ApprovalRequest } from './approval-request.entity';
import { ApprovalStep } from './approval-step.entity';
import {
  ApprovalAlreadyFinishedError,
  ApprovalRequestNotFoundError,
  NoApproverError,
  NotAnApproverError,
  NotYourRequestError,
  SelfApprovalError,
} from './approval.errors';
import { APPROVAL_DECIDED, ApprovalDecidedPayload } from './approval.events';
import type { ListApprovalRequestsQuery } from './dto/list-approval-requests.query';

export interface ApprovalStepSpec {
  role: RoleCode;
  /** Whose holder decides: of the subject's nearest unit of this kind (`region`), or company-wide when absent. */
  at?: OrgUnitKind;
}

export interface NewApprovalRequest {
  subjectType: string;
  subjectId: string;
  orgUnitId?: string | null;
  title: string;
  summary?: string;
  steps: ApprovalStepSpec[];
}

/**
 * The company's one approval engine. A module asks for approval of one of its records with a chain of steps
 * ("the regional manager of this region, then finance"); approvers are resolved through identity's roles and
 * org units; the outcome is published as ApprovalDecided for the module to act on.
 */
@Injectable()
export class ApprovalsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly users: UsersService,
    private readonly orgUnits: OrgUnitsService,
    private readonly numbers: DocumentNumbers,
    private readonly events: EventBus,
  ) {}

  private get requests() {
    return this.connection.getRepository(ApprovalRequest);
  }

  private get steps() {
    return this.connection.getRepository(ApprovalStep);
  }

  async request(input: NewApprovalRequest): Promise<ApprovalRequest> {
    const requester = signedInUserId();
    if (input.steps.length === 0)
      throw new InvalidInputError('NO_STEPS', 'An approval needs at least one step.');
    const resolved: Array<{ role: RoleCode; unit: string | null }> = [];
    for (const [index, step] of input.steps.entries()) {
      const unit = step.at ? await this.resolveUnit(input.orgUnitId ?? null, step.at, index) : null;
      const holders = await this.users.holdersOf(step.role, unit);
      if (!holders.some((holder) => holder.id !== requester)) throw new NoApproverError(step.role, index + 1);
      resolved.push({ role: step.role, unit });
    }
    const request = await this.requests.save(
      this.requests.create({
        number: await this.numbers.next('AP'),
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        orgUnitId: input.orgUnitId ?? null,
        title: input.title,
        summary: input.summary ?? null,
        requestedBy: requester,
        status: 'pending',
        currentStep: 1,
        finishedAt: null,
      }),
    );
    request.steps = await this.steps.save(
      resolved.map((step, index) =>
        this.steps.create({
          requestId: request.id,
          position: index + 1,
          role: step.role,
          resolvedOrgUnitId: step.unit,
        }),
      ),
    );
    return request;
  }

  async decide(requestId: string, decision: Decision, comment?: string): Promise<ApprovalRequest> {
    const me = signedInUserId();
    const request = await this.lockVisible(requestId, me);
    if (request.status !== 'pending') throw new ApprovalAlreadyFinishedError(request.status);
    if (request.requestedBy === me) throw new SelfApprovalError();
    const step = request.steps!.find((s) => s.position === request.currentStep)!;
    const holders = await this.users.holdersOf(step.role as RoleCode, step.resolvedOrgUnitId);
    if (!holders.some((holder) => holder.id === me)) throw new NotAnApproverError(step.role);

    const next = this.guard(() =>
      decide(
        { status: request.status, currentStep: request.currentStep, stepCount: request.steps!.length },
        decision,
      ),
    );
    Object.assign(step, { decision, decidedBy: me, decidedAt: new Date(), comment: comment ?? null });
    await this.steps.save(step);
    return this.advance(request, next, me);
  }

  async cancel(requestId: string): Promise<ApprovalRequest> {
    const me = signedInUserId();
    const request = await this.lockVisible(requestId, me);
    if (request.requestedBy !== me) throw new NotYourRequestError();
    return this.advance(
      request,
      this.guard(() => cancel({ status: request.status, currentStep: request.currentStep, stepCount: 0 })),
      me,
    );
  }

  async get(requestId: string): Promise<ApprovalRequest> {
    const visible = await this.visibleQuery(signedInUserId());
    const request = await visible.andWhere('r.id = :requestId', { requestId }).getOne();
    if (!request) throw new ApprovalRequestNotFoundError(requestId);
    await this.attachSteps([request]);
    return request;
  }

  /** Requests the caller asked for, may decide, or decided — or all of them for readers of everything. */
  async list(query: ListApprovalRequestsQuery): Promise<Page<ApprovalRequest>> {
    const qb = await this.visibleQuery(signedInUserId());
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.subjectType) qb.andWhere('r.subject_type = :subjectType', { subjectType: query.subjectType });
    if (query.subjectId) qb.andWhere('r.subject_id = :subjectId', { subjectId: query.subjectId });
    if (query.mine) qb.andWhere('r.requested_by = :me', { me: signedInUserId() });
    return this.paged(qb, query);
  }

  /** Pending requests whose current step the caller may decide now (never their own). */
  async inbox(query: ListApprovalRequestsQuery): Promise<Page<ApprovalRequest>> {
    const me = signedInUserId();
    const qb = this.requests
      .createQueryBuilder('r')
      .innerJoin(ApprovalStep, 's', 's.request_id = r.id AND s.position = r.current_step')
      .where(`r.status = 'pending'`)
      .andWhere('r.requested_by <> :me', { me });
    const decidable = await this.decidableStepsCondition(me, 's');
    qb.andWhere(decidable.sql, decidable.parameters);
    return this.paged(qb, query);
  }

  private async advance(
    request: ApprovalRequest,
    next: ReturnType<typeof decide>,
    me: string,
  ): Promise<ApprovalRequest> {
    request.status = next.status;
    request.currentStep = next.currentStep;
    if (next.finished) request.finishedAt = new Date();
    const saved = await this.requests.save(request);
    if (next.finished) {
      await this.events.publish<ApprovalDecidedPayload>(APPROVAL_DECIDED, {
        requestId: saved.id,
        number: saved.number,
        subjectType: saved.subjectType,
        subjectId: saved.subjectId,
        outcome: saved.status as ApprovalDecidedPayload['outcome'],
        decidedBy: me,
      });
    }
    saved.steps = request.steps;
    return saved;
  }

  private async lockVisible(requestId: string, me: string): Promise<ApprovalRequest> {
    const visible = await (
      await this.visibleQuery(me)
    )
      .andWhere('r.id = :requestId', { requestId })
      .getExists();
    const request = visible
      ? await this.requests.findOne({ where: { id: requestId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!request) throw new ApprovalRequestNotFoundError(requestId);
    await this.attachSteps([request]);
    return request;
  }

  private async visibleQuery(me: string): Promise<SelectQueryBuilder<ApprovalRequest>> {
    const qb = this.requests.createQueryBuilder('r');
    if (currentActor()?.permissions.has('approval-requests:read')) return qb;
    const decidable = await this.decidableStepsCondition(me, 'vs');
    return qb.where(
      new Brackets((or) =>
        or
          .where('r.requested_by = :me', { me })
          .orWhere(
            `EXISTS (SELECT 1 FROM approval_step vs WHERE vs.request_id = r.id AND (vs.decided_by = :me OR ${decidable.sql}))`,
            { ...decidable.parameters, me },
          ),
      ),
    );
  }

  /** A SQL condition on a step alias: its role is one I hold, with a scope covering its unit. */
  private async decidableStepsCondition(
    me: string,
    alias: string,
  ): Promise<{ sql: string; parameters: Record<string, unknown> }> {
    const assignments = await this.users.assignmentsOf(me);
    const parts: string[] = [];
    const parameters: Record<string, unknown> = {};
    for (const [index, assignment] of assignments.entries()) {
      parameters[`role${index}`] = assignment.role;
      if (assignment.orgUnitId === null) {
        parts.push(`${alias}.role = :role${index}`);
      } else {
        parameters[`units${index}`] = await this.orgUnits.subtreeIds([assignment.orgUnitId]);
        parts.push(`(${alias}.role = :role${index} AND ${alias}.resolved_org_unit_id = ANY(:units${index}))`);
      }
    }
    return { sql: parts.length > 0 ? `(${parts.join(' OR ')})` : 'false', parameters };
  }

  private async paged(
    qb: SelectQueryBuilder<ApprovalRequest>,
    query: ListApprovalRequestsQuery,
  ): Promise<Page<ApprovalRequest>> {
    const page = await paginate(
      qb,
      { ...query, sort: '-createdAt' },
      {
        sorts: { createdAt: { column: 'r.id', value: (r) => r.id } },
        idColumn: 'r.id',
        idValue: (r) => r.id,
      },
    );
    await this.attachSteps(page.data);
    return page;
  }

  private async attachSteps(requests: ApprovalRequest[]): Promise<void> {
    if (requests.length === 0) return;
    const steps = await this.steps.find({
      where: { requestId: In(requests.map((r) => r.id)) },
      order: { position: 'ASC' },
    });
    for (const request of requests) request.steps = steps.filter((step) => step.requestId === request.id);
  }

  private async resolveUnit(orgUnitId: string | null, kind: OrgUnitKind, index: number): Promise<string> {
    const unit = orgUnitId ? await this.orgUnits.nearestOfKind(orgUnitId, kind) : undefined;
    if (!unit) {
      throw new InvalidInputError(
        'NO_UNIT_FOR_STEP',
        `Step ${index + 1} needs the subject's ${kind}, and it has none.`,
        [{ field: `steps.${index}.at`, message: `the subject has no ${kind}` }],
      );
    }
    return unit;
  }

  private guard<T>(rule: () => T): T {
    try {
      return rule();
    } catch (error) {
      if (error instanceof ChainRuleError)
        throw new ApprovalAlreadyFinishedError(error.message.replace('the request is already ', ''));
      throw error;
    }
  }
}

function signedInUserId(): string {
  const actor = currentActor();
  if (actor?.kind !== 'user')
    throw new UnauthenticatedError('Approvals are made and decided by people signed in to the console.');
  return actor.id;
}
