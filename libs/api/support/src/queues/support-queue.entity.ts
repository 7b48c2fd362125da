import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

/** A queue of tickets worked by one team (售前, 售后, 投诉…); its lead is who SLA escalations go to. */
@Entity('support_queue')
export class SupportQueue extends VersionedEntity {
  @Column({ type: 'varchar', length: 32 }) code!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) description!: string | null;
  @Column({ type: 'uuid', nullable: true }) teamOrgUnitId!: string | null;
  @Column({ type: 'uuid', nullable: true }) leadUserId!: string | null;
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
