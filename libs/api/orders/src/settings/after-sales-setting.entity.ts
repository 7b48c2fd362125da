import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The company's after-sales policy: one row. */
@Entity({ name: 'after_sales_setting' })
export class AfterSalesSetting {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  /** Days after delivery a customer may still return goods (七天无理由: 7). */
  @Column({ type: 'integer' })
  returnWindowDays!: number;

  /** Months after which an earned rebate not yet spent expires. */
  @Column({ type: 'integer' })
  rebateExpiryMonths!: number;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
