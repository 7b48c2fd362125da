import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';
import type { OrderStatus } from './order-states';

export const ORDER_CHANNELS = ['website', 'offline', 'wholesale'] as const;
export type OrderChannel = (typeof ORDER_CHANNELS)[number];
export const PAYMENT_METHODS = ['cod', 'prepaid'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** A customer's order (销售订单). `order` is an SQL keyword, hence the table name. */
@Entity({ name: 'sales_order' })
export class Order extends VersionedEntity {
  /** `SO-20261127-0001`. */
  @Column({ type: 'varchar', length: 24, update: false })
  number!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'varchar', length: 16 })
  channel!: OrderChannel;

  @Column({ type: 'varchar', length: 8 })
  paymentMethod!: PaymentMethod;

  @Column({ type: 'varchar', length: 24 })
  status!: OrderStatus;

  /** The sales territory serving the shipping city: what data scopes are checked against. */
  @Column({ type: 'uuid' })
  orgUnitId!: string;

  /** The warehouse the stock is reserved in and ships from. */
  @Column({ type: 'uuid' })
  warehouseId!: string;

  /** The customer's saved address it was copied from, if any (the copy is what ships). */
  @Column({ type: 'uuid', nullable: true })
  customerAddressId!: string | null;

  @Column({ type: 'char', length: 6 })
  provinceCode!: string;

  @Column({ type: 'char', length: 6 })
  cityCode!: string;

  @Column({ type: 'char', length: 6, nullable: true })
  districtCode!: string | null;

  @Column({ type: 'varchar', length: 200 })
  addressDetail!: string;

  @Column({ type: 'varchar', length: 50 })
  recipientName!: string;

  @Column({ type: 'varchar', length: 11 })
  recipientPhone!: string;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  @MoneyColumn()
  listTotal!: number;

  @MoneyColumn()
  discountTotal!: number;

  /** What the customer pays, in 分. */
  @MoneyColumn()
  total!: number;

  /** The total when placed: edits since then changed it by `total - originalTotal`. */
  @MoneyColumn()
  originalTotal!: number;

  /** Confirmed payments received (prepaid). COD cash is recorded by the COD remittance step. */
  @MoneyColumn({ default: 0 })
  paidAmount!: number;

  /** Kept with the lines so list summaries need no extra query. */
  @Column({ type: 'integer' })
  lineCount!: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 8, update: false })
  createdByKind!: 'user' | 'api-key';

  @Column({ type: 'uuid', update: false })
  createdById!: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  carrier!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  trackingNumber!: string | null;

  /** The city logistics staff member carrying it. */
  @Column({ type: 'uuid', nullable: true })
  courierUserId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  allocatedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  shippedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;
}
