import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Goods that arrived at the warehouse against a purchase order (收货单). Never changed once written. */
@Entity()
export class GoodsReceipt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `GR-20261127-0001`. */
  @Column({ type: 'varchar', length: 24 })
  number!: string;

  @Column({ type: 'uuid' })
  purchaseOrderId!: string;

  @Column({ type: 'uuid' })
  warehouseId!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  receivedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  receivedAt!: Date;
}
