import { Injectable } from '@nestjs/common';
import { Column, Entity } from 'typeorm';
import { ApprovalsService, ApprovalStepSpec } from '@zhanggui/api-approvals';
import { TransactionalConnection, VersionedEntity } from '@zhanggui/api-platform';
import { PERSONNEL_ACTION_TYPES } from '../personnel-actions/personnel-action-types';

/** What HR sends for approval; personnel actions one subject per type (`action:promotion`). */
export const HR_APPROVAL_SUBJECTS = [
  'hiring_request',
  'probation_review',
  ...PERSONNEL_ACTION_TYPES.map((type) => `action:${type}` as const),
] as const;
export type HrApprovalSubject = (typeof HR_APPROVAL_SUBJECTS)[number];

/** Two steps by default: the general manager decides for the business, then HR checks the paperwork. */
const DEFAULT_STEPS: ApprovalStepSpec[] = [{ role: 'general-manager' }, { role: 'hr' }];

@Entity()
export class HrApprovalChain extends VersionedEntity {
  @Column({ type: 'varchar', length: 40 })
  subject!: string;

  @Column({ type: 'jsonb' })
  steps!: ApprovalStepSpec[];
}

/** The chains HR configures, and the one way HR records go to the company's approval engine. */
@Injectable()
export class HrApprovalChains {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly approvals: ApprovalsService,
  ) {}

  async all(): Promise<
    Array<{ subject: HrApprovalSubject; steps: ApprovalStepSpec[]; configured: boolean }>
  > {
    const rows = await this.connection.getRepository(HrApprovalChain).find();
    const bySubject = new Map(rows.map((row) => [row.subject, row.steps]));
    return HR_APPROVAL_SUBJECTS.map((subject) => ({
      subject,
      steps: bySubject.get(subject) ?? DEFAULT_STEPS,
      configured: bySubject.has(subject),
    }));
  }

  async stepsFor(subject: HrApprovalSubject): Promise<ApprovalStepSpec[]> {
    const row = await this.connection.getRepository(HrApprovalChain).findOneBy({ subject });
    return row?.steps ?? DEFAULT_STEPS;
  }

  async set(subject: HrApprovalSubject, steps: ApprovalStepSpec[]): Promise<void> {
    const repo = this.connection.getRepository(HrApprovalChain);
    const row =
      (await repo.findOne({ where: { subject }, lock: { mode: 'pessimistic_write' } })) ??
      repo.create({ subject });
    row.steps = steps;
    await repo.save(row);
  }

  /** Opens an approval request for an HR record; the outcome comes back as ApprovalDecided. */
  async request(
    subject: HrApprovalSubject,
    record: { subjectType: string; id: string; orgUnitId: string; title: string; summary?: string },
  ): Promise<string> {
    const request = await this.approvals.request({
      subjectType: record.subjectType,
      subjectId: record.id,
      orgUnitId: record.orgUnitId,
      title: record.title,
      summary: record.summary,
      steps: await this.stepsFor(subject),
    });
    return request.id;
  }
}
