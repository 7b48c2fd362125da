import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn } from '@zhanggui/api-platform';

/** A payment the provider confirmed. Its transaction id is unique: a replayed callback finds it taken. */
@Entity({ name: 'order_payment' })
export class OrderPayment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  orderId!: string;

  @Column({ type: 'varchar', length: 32 })
  provider!: string;

  @Column({ type: 'varchar', length: 128 })
  providerTransactionId!: string;

  @MoneyColumn()
  amount!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  /** When the provider says the customer paid. */
  @Column({ type: 'timestamptz', precision: 3 })
  paidAt!: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  receivedAt!: Date;
}
