import { Column, Entity } from 'typeorm';
import { bigintAsNumber, VersionedEntity } from '@zhanggui/api-platform';

export type HiringRequestStatus = 'pending_approval' | 'approved' | 'rejected' | 'cancelled' | 'filled';

/** A department's need to hire for a position, checked against the headcount plan; approved, it is in the 招聘计划. */
@Entity()
export class HiringRequest extends VersionedEntity {
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @Column({ type: 'uuid' }) positionId!: string;
  @Column({ type: 'varchar', length: 4 }) period!: string;
  @Column({ type: 'integer' }) headcount!: number;
  @Column({ type: 'integer', default: 0 }) hired!: number;
  @Column({ type: 'varchar', length: 1000 }) reason!: string;
  @Column({ type: 'date', nullable: true }) wantedBy!: string | null;
  @Column({ type: 'varchar', length: 24 }) status!: HiringRequestStatus;
  @Column({ type: 'uuid', nullable: true }) approvalRequestId!: string | null;
  @Column({ type: 'uuid', nullable: true }) requestedBy!: string | null;
}

export const CANDIDATE_STAGES = [
  'applied',
  'screening',
  'interview',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export type CandidateStage = (typeof CANDIDATE_STAGES)[number];

@Entity()
export class Candidate extends VersionedEntity {
  @Column({ type: 'uuid' }) hiringRequestId!: string;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 32, nullable: true }) phone!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) email!: string | null;
  @Column({ type: 'varchar', length: 60, nullable: true }) source!: string | null;
  @Column({ type: 'varchar', length: 16 }) stage!: CandidateStage;
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber }) offeredSalary!: number | null;
  @Column({ type: 'uuid', nullable: true }) employeeId!: string | null;
}
