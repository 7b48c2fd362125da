import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';

export const REPORT_LEVELS = ['city', 'region'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

/**
 * A manager's monthly operating report (运营情况上报). The figures are the system's at submission, frozen so
 * the report says what the manager saw; a region's are the sum of its cities' submitted reports.
 */
@Entity()
export class OperatingReport extends VersionedEntity {
  /** `OR-20261128-0001`. */
  @Column({ type: 'varchar', length: 24, update: false })
  number!: string;

  @Column({ type: 'varchar', length: 8 })
  level!: ReportLevel;

  @Column({ type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'char', length: 7 })
  period!: string;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  /** Delivered/completed orders minus refunds paid, 分. */
  @MoneyColumn()
  netSales!: number;

  @Column({ type: 'integer' })
  orderCount!: number;

  @Column({ type: 'integer' })
  returnCount!: number;

  @MoneyColumn()
  codOutstanding!: number;

  @Column({ type: 'integer' })
  newMembers!: number;

  /** Left empty until finance keeps budgets per territory. */
  @MoneyColumn({ nullable: true })
  expenses!: number | null;

  @MoneyColumn({ nullable: true })
  expenseBudget!: number | null;

  @Column({ type: 'varchar', length: 4000 })
  commentary!: string;

  /** For a region: the city reports it sums. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  sourceReportIds!: string[];

  @Column({ type: 'uuid' })
  submittedBy!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  submittedAt!: Date;
}
