import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn } from '@zhanggui/api-platform';

/**
 * Money going back to a customer for a return: to the original payment (pending until the payment provider
 * pays it out) or in cash for COD orders (paid at once). One per return.
 */
@Entity({ name: 'refund' })
export class Refund {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  returnId!: string;

  @Column({ type: 'uuid' })
  orderId!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'varchar', length: 16 })
  method!: 'original_payment' | 'cash';

  @Column({ type: 'varchar', length: 8 })
  status!: 'pending' | 'paid';

  /** 分 of money. */
  @MoneyColumn()
  amount!: number;

  /** 分 given back to the rebate ledger (the part of the order paid with rebate). */
  @MoneyColumn({ default: 0 })
  rebateAmount!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'uuid', nullable: true })
  issuedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  paidAt!: Date | null;
}
