import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsNumber, MoneyColumn } from '@zhanggui/api-platform';

/** The moving-average purchase cost of a SKU, kept up to date by goods receipts (procurement). */
@Entity()
export class SkuCost {
  @PrimaryColumn({ type: 'uuid' })
  skuId!: string;

  @MoneyColumn()
  amount!: number;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  /** The units the average stands for (what was on hand, plus what was received). */
  @Column({ type: 'bigint', transformer: bigintAsNumber, default: 0 })
  quantityBasis!: number;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
