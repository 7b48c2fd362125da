import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';
import type { ReturnKind, ReturnStatus } from './return-states';

/** A return or exchange request (售后, RMA) against a delivered order. */
@Entity({ name: 'return_request' })
export class ReturnRequest extends VersionedEntity {
  /** `RMA-20261127-0001`. */
  @Column({ type: 'varchar', length: 24, update: false })
  number!: string;

  @Column({ type: 'uuid' })
  orderId!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  /** The order's territory: scopes follow the order. */
  @Column({ type: 'uuid' })
  orgUnitId!: string;

  /** The order's warehouse: restocked goods go back there, exchanges leave from there. */
  @Column({ type: 'uuid' })
  warehouseId!: string;

  @Column({ type: 'varchar', length: 8 })
  kind!: ReturnKind;

  @Column({ type: 'varchar', length: 16 })
  status!: ReturnStatus;

  /** The support ticket it came from, if any (support is a later domain: no foreign key yet). */
  @Column({ type: 'uuid', nullable: true })
  ticketId!: string | null;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  rejectReason!: string | null;

  /** 分 refunded (money and rebate together), once refunded. */
  @MoneyColumn({ default: 0 })
  refundAmount!: number;

  @Column({ type: 'varchar', length: 60, nullable: true })
  replacementCarrier!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  replacementTrackingNumber!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  receivedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  inspectedAt!: Date | null;

  /** Refunded, exchanged or rejected. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;
}
