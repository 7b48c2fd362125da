import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';
import type { OvertimeKind } from './attendance-rules';

/** numeric columns come back from pg as strings; days and hours are small decimals. */
export const decimal = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** Working hours of a day (e.g. 09:00–18:00 with lunch 12:00–13:00), Beijing time. */
@Entity()
export class Shift extends VersionedEntity {
  @Column({ type: 'varchar', length: 32 }) code!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 5 }) startsAt!: string;
  @Column({ type: 'varchar', length: 5 }) endsAt!: string;
  @Column({ type: 'varchar', length: 5, nullable: true }) breakStartsAt!: string | null;
  @Column({ type: 'varchar', length: 5, nullable: true }) breakEndsAt!: string | null;
  /** Minutes after the start that still count as on time. */
  @Column({ type: 'integer', default: 0 }) graceMinutes!: number;
}

/** A shift for one employee or a whole unit from a date on; the employee's own wins over the unit's. */
@Entity()
export class ShiftAssignment extends VersionedEntity {
  @Column({ type: 'uuid' }) shiftId!: string;
  @Column({ type: 'uuid', nullable: true }) employeeId!: string | null;
  @Column({ type: 'uuid', nullable: true }) orgUnitId!: string | null;
  @Column({ type: 'date' }) startsOn!: string;
}

export const LEAVE_STATUSES = ['pending_approval', 'approved', 'rejected', 'cancelled'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];

@Entity()
export class LeaveType extends VersionedEntity {
  @Column({ type: 'varchar', length: 24 }) code!: string;
  @Column({ type: 'varchar', length: 60 }) name!: string;
  @Column({ type: 'boolean' }) paid!: boolean;
  /** Checked against and deducted from a yearly balance (annual leave). */
  @Column({ type: 'boolean', default: false }) usesBalance!: boolean;
  @Column({ type: 'varchar', length: 16 }) counts!: 'working_days' | 'calendar_days';
  @Column({ type: 'integer', nullable: true }) maxDaysPerRequest!: number | null;
  @Column({ type: 'boolean', default: true }) active!: boolean;
}

@Entity()
export class LeaveBalance extends VersionedEntity {
  @Column({ type: 'uuid' }) employeeId!: string;
  @Column({ type: 'varchar', length: 24 }) leaveType!: string;
  @Column({ type: 'integer' }) year!: number;
  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: decimal }) entitled!: number;
  @Column({ type: 'numeric', precision: 5, scale: 1, default: 0, transformer: decimal }) used!: number;
  @Column({ type: 'varchar', length: 300, nullable: true }) note!: string | null;
}

@Entity()
export class LeaveRequest extends VersionedEntity {
  /** LV-20261127-0001 */
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'uuid' }) employeeId!: string;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @Column({ type: 'varchar', length: 24 }) leaveType!: string;
  @Column({ type: 'date' }) startsOn!: string;
  @Column({ type: 'date' }) endsOn!: string;
  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: decimal }) days!: number;
  @Column({ type: 'varchar', length: 1000 }) reason!: string;
  @Column({ type: 'varchar', length: 24 }) status!: LeaveStatus;
  /** Why it ended as it did when the approvers did not say (e.g. the balance ran out before approval). */
  @Column({ type: 'varchar', length: 300, nullable: true }) statusNote!: string | null;
  @Column({ type: 'uuid', nullable: true }) approvalRequestId!: string | null;
}

@Entity()
export class OvertimeRequest extends VersionedEntity {
  /** OT-20261127-0001 */
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'uuid' }) employeeId!: string;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @Column({ type: 'date' }) workDate!: string;
  @Column({ type: 'numeric', precision: 4, scale: 1, transformer: decimal }) hours!: number;
  @Column({ type: 'varchar', length: 16 }) kind!: OvertimeKind;
  /** 1.5, 2 or 3: what payroll multiplies the hourly wage by. */
  @Column({ type: 'numeric', precision: 3, scale: 1, transformer: decimal }) multiplier!: number;
  @Column({ type: 'varchar', length: 1000 }) reason!: string;
  @Column({ type: 'varchar', length: 24 }) status!: LeaveStatus;
  @Column({ type: 'uuid', nullable: true }) approvalRequestId!: string | null;
}

/** One punch. Written in batches by SQL (imports, devices); read through the entity. */
@Entity()
export class ClockRecord {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) employeeId!: string;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @Column({ type: 'timestamptz', precision: 3 }) clockedAt!: Date;
  @Column({ type: 'date' }) workDate!: string;
  @Column({ type: 'varchar', length: 16 }) source!: 'csv' | 'device' | 'manual';
  @Column({ type: 'varchar', length: 64, nullable: true }) device!: string | null;
  @Column({ type: 'timestamptz', precision: 3, insert: false, update: false }) createdAt!: Date;
}
