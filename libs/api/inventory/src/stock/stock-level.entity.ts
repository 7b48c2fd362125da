import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NotAudited } from '@zhanggui/api-platform';

/**
 * The balance of one SKU in one warehouse. Quantities only change through StockLedger's guarded updates,
 * each with its movement row, which is the trail (hence not audited here); reorder settings are audited by
 * the service that changes them.
 */
@Entity()
@NotAudited()
export class StockLevel {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  skuId!: string;

  @Column({ type: 'uuid' })
  warehouseId!: string;

  @Column({ type: 'integer' })
  onHand!: number;

  @Column({ type: 'integer' })
  reserved!: number;

  /** Sent to this warehouse by a transfer and not yet received. */
  @Column({ type: 'integer' })
  inTransit!: number;

  @Column({ type: 'integer' })
  reorderPoint!: number;

  @Column({ type: 'integer' })
  safetyStock!: number;

  @Column({ type: 'boolean' })
  low!: boolean;

  /** Of the reorder settings only (see the migration). */
  @Column({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
