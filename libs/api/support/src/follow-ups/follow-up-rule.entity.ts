import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export const FOLLOW_UP_TRIGGERS = ['order-delivered', 'ticket-resolved'] as const;
export type FollowUpTrigger = (typeof FOLLOW_UP_TRIGGERS)[number];

/** When to call a customer back (定时回访): `delayDays` after a delivery or a resolved ticket. */
@Entity('follow_up_rule')
export class FollowUpRule extends VersionedEntity {
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 24 }) trigger!: FollowUpTrigger;
  @Column({ type: 'integer' }) delayDays!: number;
  @Column({ type: 'uuid', nullable: true }) queueId!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) instructions!: string | null;
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
