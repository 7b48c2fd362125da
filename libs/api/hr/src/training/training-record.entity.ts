import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';
import { decimal } from '../attendance/attendance.entities';

export const TRAINING_KINDS = ['internal', 'external', 'online', 'onboarding'] as const;
export const TRAINING_RESULTS = ['attended', 'passed', 'failed'] as const;

/** A course an employee took: what, when, how long, what it cost and how it went. */
@Entity()
export class TrainingRecord extends VersionedEntity {
  /** TR-20261128-0001 */
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'uuid' }) employeeId!: string;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: (typeof TRAINING_KINDS)[number];
  @Column({ type: 'varchar', length: 200, nullable: true }) provider!: string | null;
  @Column({ type: 'date' }) startsOn!: string;
  @Column({ type: 'date' }) endsOn!: string;
  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: decimal }) hours!: number;
  /** Minor units (分). */
  @MoneyColumn({ default: 0 }) cost!: number;
  @Column({ type: 'char', length: 3, default: 'CNY' }) currency!: string;
  @Column({ type: 'varchar', length: 16 }) result!: (typeof TRAINING_RESULTS)[number];
  @Column({ type: 'integer', nullable: true }) score!: number | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) certificate!: string | null;
}
