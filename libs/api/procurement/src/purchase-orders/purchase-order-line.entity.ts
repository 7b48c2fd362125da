import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn } from '@zhanggui/api-platform';

/** One SKU on a purchase order: how many, at what price, and how many have arrived so far. */
@Entity()
export class PurchaseOrderLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  purchaseOrderId!: string;

  @Column({ type: 'integer' })
  lineNo!: number;

  @Column({ type: 'uuid' })
  skuId!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  /** Per unit, in 分. */
  @MoneyColumn()
  unitPrice!: number;

  @Column({ type: 'integer', default: 0 })
  receivedQuantity!: number;
}
