import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The shared secret of the payment provider's callback. Kept in the database, set by a system administrator,
 * because orders cannot extend the platform's validated configuration; one row (id 1). The audit redacts it.
 */
@Entity({ name: 'payment_callback_setting' })
export class PaymentCallbackSetting {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  secret!: string;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
