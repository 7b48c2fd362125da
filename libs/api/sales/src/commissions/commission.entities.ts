import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';
import type { CommissionTier } from './commission-rules';

/** Rate tiers by attainment (提成方案). */
@Entity()
export class CommissionPlan extends VersionedEntity {
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'jsonb' })
  tiers!: CommissionTier[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

/** One month's calculation: written once per month, then sent to payroll by an event. */
@Entity()
export class CommissionRun extends VersionedEntity {
  /** `SC-20261128-0001`. */
  @Column({ type: 'varchar', length: 24, update: false })
  number!: string;

  @Column({ type: 'char', length: 7 })
  period!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  @MoneyColumn()
  total!: number;

  @Column({ type: 'uuid', nullable: true })
  calculatedBy!: string | null;
}

@Entity()
export class CommissionLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  runId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  /** The city whose sales the person shares. */
  @Column({ type: 'uuid' })
  orgUnitId!: string;

  @MoneyColumn()
  targetAmount!: number;

  @MoneyColumn()
  actualAmount!: number;

  @Column({ type: 'integer' })
  attainmentBp!: number;

  @Column({ type: 'integer' })
  rateBp!: number;

  @MoneyColumn()
  amount!: number;
}
