import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';
import type { PurchaseOrderStatus } from './purchase-order-states';

/** An order to a supplier (采购订单), delivered to one of our warehouses. */
@Entity()
export class PurchaseOrder extends VersionedEntity {
  /** `PO-20261127-0001`. */
  @Column({ type: 'varchar', length: 24 })
  number!: string;

  @Column({ type: 'uuid' })
  supplierId!: string;

  @Column({ type: 'uuid' })
  warehouseId!: string;

  @Column({ type: 'varchar', length: 24 })
  status!: PurchaseOrderStatus;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  /** Sum of quantity × unit price over the lines, in 分; kept with the lines. */
  @MoneyColumn({ default: 0 })
  totalAmount!: number;

  /** The day the supplier promised delivery (yyyy-mm-dd); the supplier's rating is judged against it. */
  @Column({ type: 'date', nullable: true })
  expectedDate!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  approvalRequestId!: string | null;

  /** Where the order came from when not typed in: a tender award or a purchase list. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  sourceType!: 'tender' | 'purchase_list' | null;

  @Column({ type: 'uuid', nullable: true })
  sourceId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sentAt!: Date | null;

  /** When the last ordered unit arrived. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  receivedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;
}
