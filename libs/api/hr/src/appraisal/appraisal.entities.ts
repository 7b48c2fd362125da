import { Column, Entity, PrimaryColumn } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';
import { decimal } from '../attendance/attendance.entities';
import type { CycleStatus, ItemScore, KpiItem } from './appraisal-rules';

/** A grade and the bonus coefficient payroll applies for it (S 1.5, A 1.2, B 1.0, C 0.8, D 0 by default). */
@Entity()
export class AppraisalGrade {
  @PrimaryColumn({ type: 'varchar', length: 2 }) grade!: string;
  @Column({ type: 'integer' }) rank!: number;
  @Column({ type: 'integer' }) minScore!: number;
  @Column({ type: 'numeric', precision: 4, scale: 2, transformer: decimal }) coefficient!: number;
  @Column({ type: 'varchar', length: 100, default: '' }) description!: string;
}

/** The weighted KPIs a position is appraised on. */
@Entity()
export class KpiTemplate extends VersionedEntity {
  @Column({ type: 'uuid' }) positionId!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'jsonb' }) items!: KpiItem[];
}

@Entity()
export class AppraisalCycle extends VersionedEntity {
  /** AC-20261201-0001 */
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'date' }) periodStart!: string;
  @Column({ type: 'date' }) periodEnd!: string;
  @Column({ type: 'varchar', length: 16 }) status!: CycleStatus;
  /** Optional caps: at most this percent of the people per grade, e.g. `{ "S": 10, "A": 20 }`. */
  @Column({ type: 'jsonb', nullable: true }) forcedDistribution!: Record<string, number> | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) closedAt!: Date | null;
}

/** One employee's appraisal in a cycle, with the template's items as they were when the cycle opened. */
@Entity()
export class Appraisal extends VersionedEntity {
  @Column({ type: 'uuid' }) cycleId!: string;
  @Column({ type: 'uuid' }) employeeId!: string;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @Column({ type: 'uuid' }) positionId!: string;
  @Column({ type: 'jsonb' }) items!: KpiItem[];
  @Column({ type: 'jsonb', nullable: true }) selfScores!: ItemScore[] | null;
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: decimal }) selfScore!:
    number | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) selfComment!: string | null;
  @Column({ type: 'jsonb', nullable: true }) managerScores!: ItemScore[] | null;
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: decimal })
  managerScore!: number | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) managerComment!: string | null;
  @Column({ type: 'uuid', nullable: true }) reviewedBy!: string | null;
  /** What the manager's score earns by the grade table. */
  @Column({ type: 'varchar', length: 2, nullable: true }) grade!: string | null;
  /** After HR's calibration; what payroll's coefficient comes from. */
  @Column({ type: 'varchar', length: 2, nullable: true }) finalGrade!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) adjustmentReason!: string | null;
  /** The bonus coefficient of the final grade, frozen when the cycle closes (a later grade table change does not move it). */
  @Column({ type: 'numeric', precision: 4, scale: 2, nullable: true, transformer: decimal })
  coefficient!: number | null;
}
