import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';
import type { FollowUpTrigger } from './follow-up-rule.entity';

export const VISIT_STATUSES = ['scheduled', 'done', 'unreachable', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** One call back to a customer, due on a Beijing date, with its outcome and satisfaction score. */
@Entity('follow_up_visit')
export class FollowUpVisit extends VersionedEntity {
  @Column({ type: 'varchar', length: 24, update: false }) number!: string;
  @Column({ type: 'uuid' }) ruleId!: string;
  @Column({ type: 'varchar', length: 24 }) trigger!: FollowUpTrigger;
  @Column({ type: 'uuid' }) sourceId!: string;
  @Column({ type: 'uuid' }) customerId!: string;
  @Column({ type: 'uuid', nullable: true }) orderId!: string | null;
  @Column({ type: 'uuid', nullable: true }) ticketId!: string | null;
  @Column({ type: 'uuid', nullable: true }) queueId!: string | null;
  @Column({ type: 'uuid', nullable: true }) assigneeId!: string | null;
  @Column({ type: 'date' }) dueDate!: string;
  @Column({ type: 'varchar', length: 16 }) status!: VisitStatus;
  @Column({ type: 'varchar', length: 2000, nullable: true }) outcome!: string | null;
  @Column({ type: 'smallint', nullable: true }) satisfactionScore!: number | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) completedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) completedBy!: string | null;
}
