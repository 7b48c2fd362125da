import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';
import type { EmployeeGrade } from './expense-policy';
import type { ExpenseClaimStatus } from './expense-claim-states';

/** An expense claim (报销单): one employee's receipts for one purpose, paid back once approved. */
@Entity()
export class ExpenseClaim extends VersionedEntity {
  /** `EX-20261128-0001`. */
  @Column({ type: 'varchar', length: 24 })
  number!: string;

  /** The employee (user) who spent the money and is paid back. */
  @Column({ type: 'uuid' })
  claimantId!: string;

  /** The unit that bears the cost by default and whose manager approves; what data scopes go by. */
  @Column({ type: 'uuid' })
  orgUnitId!: string;

  /** The claimant's policy grade when the claim was written. */
  @Column({ type: 'varchar', length: 12 })
  grade!: EmployeeGrade;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: ExpenseClaimStatus;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  @MoneyColumn({ default: 0 })
  totalAmount!: number;

  @Column({ type: 'uuid', nullable: true })
  approvalRequestId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  paidAt!: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  paymentReference!: string | null;

  /** Why it was returned or rejected. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionNote!: string | null;

  /** Set when finance approved past a budget (费比 override); also in the history and the audit log. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  budgetOverrideReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  budgetOverrideBy!: string | null;
}
