import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn, NotAudited } from '@zhanggui/api-platform';

/** One line of an entry: one account, a debit or a credit. Audited with its entry. */
@Entity()
@NotAudited()
export class JournalLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  @Column({ type: 'smallint' })
  lineNo!: number;

  @Column({ type: 'uuid' })
  accountId!: string;

  @MoneyColumn({ default: 0 })
  debit!: number;

  @MoneyColumn({ default: 0 })
  credit!: number;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  memo!: string | null;

  /** Dimension: the org unit the amount belongs to (a region's sales, a department's cost). */
  @Column({ type: 'uuid', nullable: true })
  orgUnitId!: string | null;

  @Column({ type: 'date' })
  entryDate!: string;

  @Column({ type: 'char', length: 7 })
  period!: string;

  @Column({ type: 'boolean', default: false })
  posted!: boolean;
}
