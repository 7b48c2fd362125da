import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';
import type { ExpenseCategory } from './expense-categories';

/** One receipt on a claim: what was spent, when, and which unit bears it. */
@Entity()
export class ExpenseClaimLine extends VersionedEntity {
  @Column({ type: 'uuid' })
  claimId!: string;

  @Column({ type: 'smallint' })
  lineNo!: number;

  @Column({ type: 'date' })
  expenseDate!: string;

  @Column({ type: 'varchar', length: 20 })
  category!: ExpenseCategory;

  @MoneyColumn()
  amount!: number;

  @Column({ type: 'varchar', length: 500 })
  description!: string;

  @Column({ type: 'uuid' })
  orgUnitId!: string;

  /** 销售费用 or 管理费用, fixed when the line is written (see expenseAccountFor). */
  @Column({ type: 'varchar', length: 16 })
  accountCode!: string;

  /** Why a line over the policy limit is still right; required for such lines. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  justification!: string | null;
}
