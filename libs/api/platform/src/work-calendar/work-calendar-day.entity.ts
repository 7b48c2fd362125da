import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity';

/** The days that break the Monday-to-Friday rule: a public holiday, or a weekend day worked in exchange (调休). */
export type CalendarExceptionKind = 'holiday' | 'make-up-workday';

/**
 * One exception to the ordinary working week in the company calendar, which HR maintains and every timer
 * (SLA targets, attendance, leave) reads: "a working day" means one thing everywhere.
 */
@Entity('work_calendar_day')
export class WorkCalendarDay extends VersionedEntity {
  /** `YYYY-MM-DD`, Beijing. */
  @Column({ type: 'date', unique: true })
  date!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: CalendarExceptionKind;

  /** What the day is, e.g. 春节 or 国庆节调休. */
  @Column({ type: 'varchar', length: 60 })
  name!: string;
}
