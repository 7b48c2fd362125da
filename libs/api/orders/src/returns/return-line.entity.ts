import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn } from '@zhanggui/api-platform';

export type Disposition = 'restock' | 'scrap';

/** Units of one order line coming back. */
@Entity({ name: 'return_line' })
export class ReturnLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  returnId!: string;

  @Column({ type: 'uuid' })
  orderLineId!: string;

  @Column({ type: 'uuid' })
  skuId!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'varchar', length: 200 })
  reason!: string;

  /** Set at inspection. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  disposition!: Disposition | null;

  /** 分, set when refunded. */
  @MoneyColumn({ nullable: true })
  refundAmount!: number | null;
}
