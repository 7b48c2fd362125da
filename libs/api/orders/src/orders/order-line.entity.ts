import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn } from '@zhanggui/api-platform';

export interface LineDiscount {
  promotionId: string;
  promotionName: string;
  /** 分. */
  amount: number;
}

/** One SKU of an order, priced by the catalog's quote when placed (or last edited). Amounts in 分. */
@Entity({ name: 'sales_order_line' })
export class OrderLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  orderId!: string;

  @Column({ type: 'integer' })
  lineNo!: number;

  @Column({ type: 'uuid' })
  skuId!: string;

  @Column({ type: 'varchar', length: 64 })
  skuCode!: string;

  @Column({ type: 'varchar', length: 200 })
  productName!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @MoneyColumn()
  unitPrice!: number;

  /** quantity × unitPrice. */
  @MoneyColumn()
  listAmount!: number;

  @MoneyColumn()
  discountAmount!: number;

  /** listAmount − discountAmount: what the line costs the customer. */
  @MoneyColumn()
  amount!: number;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  discounts!: LineDiscount[];
}
