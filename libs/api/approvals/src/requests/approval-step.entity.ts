import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { Decision } from './approval-chain';
import { ApprovalRequest } from './approval-request.entity';

/** One link of the chain: who may decide (a role, over a unit) and what they decided. */
@Entity()
export class ApprovalStep {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => ApprovalRequest, (request) => request.steps)
  @JoinColumn({ name: 'request_id' })
  // Relation<> keeps decorator metadata from touching ApprovalRequest while the two modules load each other.
  request?: Relation<ApprovalRequest>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 40 })
  role!: string;

  /** The unit the role must cover, fixed when the request was made (null: a company-wide holder). */
  @Column({ type: 'uuid', nullable: true })
  resolvedOrgUnitId!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  decision!: Decision | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment!: string | null;
}
