import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export const PROBATION_ITEM_KINDS = ['training', 'assessment'] as const;
export type ProbationItemKind = (typeof PROBATION_ITEM_KINDS)[number];
export const PROBATION_RECOMMENDATIONS = ['confirm', 'extend', 'end'] as const;
export type ProbationRecommendation = (typeof PROBATION_RECOMMENDATIONS)[number];
export const PROBATION_REVIEW_STATUSES = ['pending_approval', 'approved', 'rejected', 'cancelled'] as const;
export type ProbationReviewStatus = (typeof PROBATION_REVIEW_STATUSES)[number];

/** A training assigned to a probationer, or an assessment of them, scored 0–100 when done. */
@Entity()
export class ProbationItem extends VersionedEntity {
  @Column({ type: 'uuid' }) employeeId!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: ProbationItemKind;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'date', nullable: true }) dueOn!: string | null;
  @Column({ type: 'date', nullable: true }) completedOn!: string | null;
  @Column({ type: 'integer', nullable: true }) score!: number | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note!: string | null;
}

/** The end-of-probation recommendation (转正 / 延长 / 终止), decided through the approval engine. */
@Entity()
export class ProbationReview extends VersionedEntity {
  /** PR-20261127-0001 */
  @Column({ type: 'varchar', length: 24, nullable: true }) number!: string | null;
  @Column({ type: 'uuid' }) employeeId!: string;
  @Column({ type: 'varchar', length: 16 }) recommendation!: ProbationRecommendation;
  @Column({ type: 'integer', nullable: true }) extendMonths!: number | null;
  /** For `extend`: the new last day of probation. */
  @Column({ type: 'date', nullable: true }) newProbationEndDate!: string | null;
  /** For `end`: the last working day. */
  @Column({ type: 'date', nullable: true }) leaveDate!: string | null;
  /** The average of the scored assessments when the review was made. */
  @Column({ type: 'integer', nullable: true }) averageScore!: number | null;
  @Column({ type: 'varchar', length: 1000 }) reason!: string;
  @Column({ type: 'varchar', length: 24 }) status!: ProbationReviewStatus;
  @Column({ type: 'uuid', nullable: true }) approvalRequestId!: string | null;
}
