import { Column, Entity, PrimaryColumn } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export type TransferStatus = 'in_transit' | 'received' | 'cancelled';

/** Goods sent from one warehouse to another (调拨): out of the sender at once, into the receiver on receipt. */
@Entity()
export class StockTransfer extends VersionedEntity {
  @Column({ type: 'varchar', length: 40 })
  number!: string;

  @Column({ type: 'uuid' })
  fromWarehouseId!: string;

  @Column({ type: 'uuid' })
  toWarehouseId!: string;

  @Column({ type: 'varchar', length: 16, default: 'in_transit' })
  status!: TransferStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  receivedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt!: Date | null;
}

@Entity()
export class StockTransferLine {
  @PrimaryColumn({ type: 'uuid' })
  transferId!: string;

  @PrimaryColumn({ type: 'uuid' })
  skuId!: string;

  @Column({ type: 'integer' })
  quantity!: number;
}
