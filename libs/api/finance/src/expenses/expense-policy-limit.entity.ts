import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';
import type { ExpenseCategory } from './expense-categories';
import type { EmployeeGrade, PolicyLimit } from './expense-policy';

/** One row of the expense policy (报销标准): a cap per category, grade and basis. */
@Entity()
export class ExpensePolicyLimit extends VersionedEntity {
  @Column({ type: 'varchar', length: 20 })
  category!: ExpenseCategory;

  @Column({ type: 'varchar', length: 12 })
  grade!: EmployeeGrade;

  @Column({ type: 'varchar', length: 10 })
  basis!: PolicyLimit['basis'];

  @MoneyColumn()
  limitAmount!: number;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;
}
