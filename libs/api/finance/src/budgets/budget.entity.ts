import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';
import type { AlertLevel, BudgetPeriodKind } from './budget-rules';

/**
 * What one org unit (a department or a sales territory, with everything under it) may spend on one expense
 * account in one month, quarter or year. Actuals come from the ledger, never from a copy kept here.
 */
@Entity()
export class Budget extends VersionedEntity {
  @Column({ type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'varchar', length: 8 })
  periodKind!: BudgetPeriodKind;

  @Column({ type: 'date' })
  periodStart!: string;

  @Column({ type: 'date' })
  periodEnd!: string;

  /** `2026-11`, `2026-Q4`, `2026`. */
  @Column({ type: 'varchar', length: 10 })
  periodLabel!: string;

  /** An expense account; its sub-accounts count towards it. */
  @Column({ type: 'varchar', length: 16 })
  accountCode!: string;

  @MoneyColumn()
  amount!: number;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  /** The highest alert already announced, so each of 80% and 100% is published once. */
  @Column({ type: 'smallint', default: 0 })
  alertedLevel!: AlertLevel;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}
