import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';
import type { PeriodKind } from '../shared/periods';

/** A province's sales target (销售任务) for a month, quarter or year; allocated down in SalesTargetAllocation. */
@Entity()
export class SalesTarget extends VersionedEntity {
  /** `ST-20261128-0001`. */
  @Column({ type: 'varchar', length: 24, update: false })
  number!: string;

  @Column({ type: 'varchar', length: 8 })
  periodKind!: PeriodKind;

  /** `2026-11`, `2026-Q4` or `2026`. */
  @Column({ type: 'varchar', length: 8 })
  period!: string;

  /** The province. */
  @Column({ type: 'uuid' })
  orgUnitId!: string;

  @MoneyColumn()
  amount!: number;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;
}

/**
 * One allocated node under a target's province: a region (parent: the province), a city (parent: its region)
 * or a person (user) in a city (parent and unit: the city).
 */
@Entity()
export class SalesTargetAllocation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  targetId!: string;

  @Column({ type: 'uuid' })
  parentUnitId!: string;

  @Column({ type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @MoneyColumn()
  amount!: number;
}
