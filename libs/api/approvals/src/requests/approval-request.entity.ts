import { Column, Entity, OneToMany } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';
import type { ApprovalStatus } from './approval-chain';
import { ApprovalStep } from './approval-step.entity';

/** A request for approval of one record of some module (a price, a purchase order, a raise…). */
@Entity()
export class ApprovalRequest extends VersionedEntity {
  /** AP-20261127-0001 */
  @Column({ type: 'varchar', length: 24 })
  number!: string;

  /** What is to be approved: the module's record, e.g. `purchase_order` + its id. */
  @Column({ type: 'varchar', length: 60 })
  subjectType!: string;

  @Column({ type: 'varchar', length: 64 })
  subjectId!: string;

  /** Where the subject belongs; approvers are found from it ("the regional manager of this region"). */
  @Column({ type: 'uuid', nullable: true })
  orgUnitId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'uuid' })
  requestedBy!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: ApprovalStatus;

  @Column({ type: 'integer', default: 1 })
  currentStep!: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt!: Date | null;

  @OneToMany(() => ApprovalStep, (step) => step.request)
  steps?: ApprovalStep[];
}
