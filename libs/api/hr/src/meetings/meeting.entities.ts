import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

/** A meeting (会议) of a unit: agenda, who attended, the minutes (纪要) once held. */
@Entity()
export class Meeting extends VersionedEntity {
  /** MT-20261128-0001 */
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @Column({ type: 'timestamptz', precision: 3 }) heldAt!: Date;
  @Column({ type: 'varchar', length: 200, nullable: true }) location!: string | null;
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) attendeeIds!: string[];
  @Column({ type: 'text', default: '' }) agenda!: string;
  @Column({ type: 'text', nullable: true }) minutes!: string | null;
  @Column({ type: 'varchar', length: 16 }) status!: 'scheduled' | 'held';
}

/** Something a meeting decided someone will do by a date. */
@Entity()
export class MeetingActionItem extends VersionedEntity {
  @Column({ type: 'uuid' }) meetingId!: string;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'uuid' }) ownerEmployeeId!: string;
  @Column({ type: 'date' }) dueOn!: string;
  @Column({ type: 'varchar', length: 8 }) status!: 'open' | 'done';
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) doneAt!: Date | null;
}
