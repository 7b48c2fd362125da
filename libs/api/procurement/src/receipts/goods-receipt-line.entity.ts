import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn } from '@zhanggui/api-platform';

/** Units of one order line received; its id keys the cost change in catalog (idempotent per line). */
@Entity()
export class GoodsReceiptLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  goodsReceiptId!: string;

  @Column({ type: 'uuid' })
  purchaseOrderLineId!: string;

  @Column({ type: 'uuid' })
  skuId!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  /** The order line's unit price: what the units cost us, in 分. */
  @MoneyColumn()
  unitCost!: number;
}
